namespace Containers.Engine.Errors;

/// <summary>Any other error status from the engine, with the daemon's own message.</summary>
public sealed class EngineApiException : EngineException
{
    /// <summary>Creates the exception for an HTTP status and the daemon's message.</summary>
    public EngineApiException(int statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code the engine answered with (400, 500, …).</summary>
    public int StatusCode { get; }
}
