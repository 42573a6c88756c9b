namespace Containers.Engine.Errors;

/// <summary>What went wrong with TLS; each names something the user can fix.</summary>
public enum TlsProblem
{
    /// <summary>A certificate, key or CA file does not exist.</summary>
    MissingFile,
    /// <summary>A certificate, key or CA file is not valid PEM, or the key does not match the certificate.</summary>
    InvalidFile,
    /// <summary>The engine's certificate does not chain to the trusted CA.</summary>
    UnknownAuthority,
    /// <summary>The engine's certificate is not valid for the host name or IP address connected to.</summary>
    NameMismatch,
    /// <summary>The engine's certificate has expired.</summary>
    Expired,
    /// <summary>The engine's certificate is not valid yet.</summary>
    NotYetValid,
    /// <summary>The engine's certificate is not meant for servers (extended key usage), or otherwise invalid.</summary>
    InvalidCertificate,
    /// <summary>The handshake failed for another reason, typically the engine refusing our client certificate (or its absence).</summary>
    HandshakeFailed,
}
