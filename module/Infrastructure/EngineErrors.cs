using System.Management.Automation;
using Containers.Engine.Errors;

namespace Containers.Infrastructure;

/// <summary>Maps engine exceptions to ErrorRecords: the category follows the exception type (STYLE.md, module/).</summary>
internal static class EngineErrors
{
    /// <summary>
    /// Builds the record. <paramref name="notFoundId"/> names the missing thing for a 404
    /// (ContainerNotFound, ImageNotFound…); other failures get their generic id.
    /// </summary>
    public static ErrorRecord ToErrorRecord(Exception exception, string notFoundId, object? target) => exception switch
    {
        // A certificate problem is a security matter the user fixes in their TLS files, not a network outage.
        EngineTlsException { Problem: TlsProblem.MissingFile } => new ErrorRecord(exception, ErrorIds.EngineTlsFailed, ErrorCategory.ObjectNotFound, target),
        EngineTlsException => new ErrorRecord(exception, ErrorIds.EngineTlsFailed, ErrorCategory.SecurityError, target),
        EngineUnreachableException => new ErrorRecord(exception, ErrorIds.EngineUnreachable, ErrorCategory.ConnectionError, target),
        // Swarm calls on an engine that is no manager: the state of that engine forbids the call (issue #8).
        EngineNotSwarmManagerException => new ErrorRecord(exception, ErrorIds.SwarmNotManager, ErrorCategory.InvalidOperation, target),
        EngineNotFoundException => new ErrorRecord(exception, notFoundId, ErrorCategory.ObjectNotFound, target),
        EngineConflictException => new ErrorRecord(exception, ErrorIds.EngineConflict, ErrorCategory.ResourceExists, target),
        Engine.Auth.CredentialStoreException => new ErrorRecord(exception, ErrorIds.CredentialStoreFailed, ErrorCategory.ReadError, target),
        // Podman lacks the feature (Swarm, plugins…): nothing the user can fix by naming another object.
        EngineNotSupportedException => new ErrorRecord(exception, ErrorIds.NotSupportedByEngine, ErrorCategory.NotImplemented, target),
        RegistrySearchUnsupportedException => new ErrorRecord(exception, ErrorIds.RegistrySearchUnsupported, ErrorCategory.NotImplemented, target),
        EngineAuthException => new ErrorRecord(exception, ErrorIds.EngineAuthenticationFailed, ErrorCategory.PermissionDenied, target),
        EngineApiException { StatusCode: 400 } => new ErrorRecord(exception, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, target),
        EngineApiException => new ErrorRecord(exception, ErrorIds.EngineError, ErrorCategory.InvalidOperation, target),
        ArgumentException => new ErrorRecord(exception, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, target),
        _ => new ErrorRecord(exception, ErrorIds.EngineError, ErrorCategory.NotSpecified, target),
    };

    /// <summary>An ObjectNotFound record for something we looked for and did not find in a listing.</summary>
    public static ErrorRecord NotFound(string errorId, string message, object target) =>
        new(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, target);
}
