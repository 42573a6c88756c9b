namespace Containers.Engine.Errors;

/// <summary>The engine or a registry refused the credentials (401/403, or an auth error in a stream).</summary>
public sealed class EngineAuthException : EngineException
{
    /// <summary>Creates the exception with the daemon's message.</summary>
    public EngineAuthException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
