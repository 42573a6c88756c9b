namespace Containers.Engine.Errors;

/// <summary>Why an endpoint could not be reached; each maps to advice the user can act on.</summary>
public enum UnreachableReason
{
    /// <summary>The socket or pipe does not exist: no daemon ever listened there.</summary>
    NoSocket,
    /// <summary>The socket exists but this user may not open it.</summary>
    PermissionDenied,
    /// <summary>Nothing accepts connections there (a stale socket file, a closed port).</summary>
    Refused,
    /// <summary>The connection or the daemon's answer did not come within the time allowed.</summary>
    Timeout,
    /// <summary>The host name could not be resolved.</summary>
    UnknownHost,
    /// <summary>The connection broke while talking to the daemon.</summary>
    ConnectionLost,
    /// <summary>TLS failed: a certificate problem (see <see cref="EngineTlsException.Problem"/>).</summary>
    Tls,
    /// <summary>Anything else; the inner exception says what.</summary>
    Other,
}
