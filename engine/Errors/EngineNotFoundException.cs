namespace Containers.Engine.Errors;

/// <summary>The engine answered 404: the container, image, volume or network does not exist.</summary>
public sealed class EngineNotFoundException : EngineException
{
    /// <summary>Creates the exception with the daemon's message.</summary>
    public EngineNotFoundException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
