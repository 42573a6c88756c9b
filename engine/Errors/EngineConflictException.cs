namespace Containers.Engine.Errors;

/// <summary>The engine answered 409: the name is taken, the object is in use, or the state forbids the call.</summary>
public sealed class EngineConflictException : EngineException
{
    /// <summary>Creates the exception with the daemon's message.</summary>
    public EngineConflictException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
