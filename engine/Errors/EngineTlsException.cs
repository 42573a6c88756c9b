using Containers.Engine.Connection;

namespace Containers.Engine.Errors;

/// <summary>
/// The engine could not be reached because TLS failed: the message names the certificate problem (unknown CA, name
/// mismatch, expired, missing file…) and the file or certificate involved, never just "handshake failed".
/// An <see cref="EngineUnreachableException"/> with <see cref="UnreachableReason.Tls"/>, so callers that handle
/// unreachable engines handle this too.
/// </summary>
public sealed class EngineTlsException : EngineUnreachableException
{
    /// <summary>Creates the exception; <paramref name="detail"/> says what is wrong, in a sentence.</summary>
    public EngineTlsException(DockerEndpoint endpoint, TlsProblem problem, string detail, Exception? innerException = null)
        : base(endpoint, UnreachableReason.Tls, $"Cannot connect to the Docker engine at {endpoint}: TLS: {detail}", innerException)
    {
        Problem = problem;
    }

    /// <summary>What went wrong.</summary>
    public TlsProblem Problem { get; }
}
