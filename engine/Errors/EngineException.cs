namespace Containers.Engine.Errors;

/// <summary>
/// Base of every error the engine reports. Callers map the concrete type to their own idiom
/// (an ErrorRecord category in the module, a JSON-RPC error in the language server).
/// </summary>
public abstract class EngineException : Exception
{
    /// <summary>Creates the exception with a message meant for people and the cause, if any.</summary>
    protected EngineException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
