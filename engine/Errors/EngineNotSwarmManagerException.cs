namespace Containers.Engine.Errors;

/// <summary>
/// The engine answered 503 because the call needs a swarm manager and this engine is not one: it is in no swarm
/// (<c>docker swarm init</c>/<c>join</c> would change that) or only a worker. The message is the daemon's own.
/// </summary>
public sealed class EngineNotSwarmManagerException : EngineException
{
    /// <summary>Creates the exception with the daemon's message.</summary>
    public EngineNotSwarmManagerException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>True when the daemon's 503 message says it is no swarm manager (or in no swarm at all).</summary>
    internal static bool Matches(int status, string message) =>
        status == 503 && (message.Contains("not a swarm manager", StringComparison.OrdinalIgnoreCase)
            || message.Contains("not part of a swarm", StringComparison.OrdinalIgnoreCase));
}
