namespace Containers.Engine.Errors;

/// <summary>
/// The engine does not offer the operation at all, as opposed to not finding the object it was asked about: Podman's
/// Docker-compatible service has no Swarm, plugins or BuildKit session, and answers such routes with a bare 404. The
/// message names the operation and the engine ("GET /swarm is not supported by Podman 4.3.1"), so a missing feature is
/// never reported as a missing object.
/// </summary>
public sealed class EngineNotSupportedException : EngineException
{
    /// <summary>Creates the exception; <paramref name="detail"/> is what the engine said, if anything.</summary>
    public EngineNotSupportedException(string operation, string engine, string? detail = null, Exception? innerException = null)
        : base($"{operation} is not supported by {engine}{(string.IsNullOrWhiteSpace(detail) ? "" : $" (it answered: {detail.Trim().TrimEnd('.')})")}.", innerException)
    {
        Operation = operation;
        Engine = engine;
    }

    /// <summary>The operation refused, as method and path without the API version: <c>GET /swarm</c>.</summary>
    public string Operation { get; }

    /// <summary>The engine that lacks it, with its version: <c>Podman 4.3.1</c>.</summary>
    public string Engine { get; }
}
