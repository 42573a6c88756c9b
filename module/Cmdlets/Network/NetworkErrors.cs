using System.Management.Automation;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// Errors of connect/disconnect. The daemon answers 404 for a missing network and a missing container alike, so its
/// message decides which id the user sees; it answers 403 for "already attached" or "not attached", which is an
/// invalid operation, not a permission problem.
/// </summary>
internal static class NetworkErrors
{
    /// <summary>The record for <paramref name="e"/>, or null when the generic mapping (WriteEngineError) fits.</summary>
    public static ErrorRecord? ToRecord(Exception e, string network, string container) => e switch
    {
        EngineNotFoundException when e.Message.Contains("container", StringComparison.OrdinalIgnoreCase) =>
            new ErrorRecord(e, ErrorIds.ContainerNotFound, ErrorCategory.ObjectNotFound, container),
        EngineNotFoundException =>
            new ErrorRecord(e, ErrorIds.NetworkNotFound, ErrorCategory.ObjectNotFound, network),
        EngineAuthException or EngineConflictException or EngineApiException =>
            new ErrorRecord(e, ErrorIds.NetworkConnectFailed, ErrorCategory.InvalidOperation, container),
        _ => null,
    };
}
