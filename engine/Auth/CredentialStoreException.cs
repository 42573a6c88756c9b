namespace Containers.Engine.Auth;

/// <summary>A credential helper (<c>docker-credential-&lt;name&gt;</c>) failed, or config.json could not be read or written.</summary>
public sealed class CredentialStoreException : Errors.EngineException
{
    /// <summary>Creates the exception with what failed and why.</summary>
    public CredentialStoreException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
