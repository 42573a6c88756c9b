using Containers.Engine.Connection;

namespace Containers.Engine.Errors;

/// <summary>
/// The Docker engine at <see cref="Endpoint"/> could not be reached. The message names the endpoint
/// and the reason, because "cannot connect" alone sends users guessing which daemon was tried.
/// </summary>
public class EngineUnreachableException : EngineException
{
    /// <summary>Creates the exception for an endpoint and reason; <paramref name="innerException"/> keeps the socket error.</summary>
    public EngineUnreachableException(DockerEndpoint endpoint, UnreachableReason reason, Exception? innerException = null)
        : base(Describe(endpoint, reason, innerException), innerException)
    {
        Endpoint = endpoint;
        Reason = reason;
    }

    /// <summary>For subclasses that describe the failure themselves.</summary>
    private protected EngineUnreachableException(DockerEndpoint endpoint, UnreachableReason reason, string message, Exception? innerException)
        : base(message, innerException)
    {
        Endpoint = endpoint;
        Reason = reason;
    }

    /// <summary>The endpoint that was tried.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>Why it failed.</summary>
    public UnreachableReason Reason { get; }

    private static string Describe(DockerEndpoint endpoint, UnreachableReason reason, Exception? inner)
    {
        string why = reason switch
        {
            UnreachableReason.NoSocket => $"the socket {endpoint.Address} does not exist. Is the Docker daemon running?",
            UnreachableReason.PermissionDenied => $"permission denied on {endpoint.Address}. Run as a member of the 'docker' group or as root.",
            UnreachableReason.Refused => "the connection was refused. Is the Docker daemon running?",
            UnreachableReason.Timeout => "the engine did not answer in time.",
            UnreachableReason.UnknownHost => "the host name could not be resolved.",
            UnreachableReason.ConnectionLost => "the connection was closed by the engine.",
            UnreachableReason.Tls => "the TLS handshake failed.",
            _ => inner?.Message ?? "unknown error.",
        };
        return $"Cannot connect to the Docker engine at {endpoint}: {why}";
    }
}
