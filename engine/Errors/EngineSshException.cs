using Containers.Engine.Connection;

namespace Containers.Engine.Errors;

/// <summary>
/// The ssh process behind an ssh:// endpoint failed: it could not connect or log in, the remote host has no docker CLI,
/// or the connection broke. The message quotes what ssh itself wrote to stderr ("Permission denied (publickey)",
/// "ssh: connect to host … Connection refused"), since that is what users know how to act on. An
/// <see cref="EngineUnreachableException"/>, so callers that handle unreachable engines handle this too.
/// </summary>
public sealed class EngineSshException : EngineUnreachableException
{
    /// <summary>Creates the exception from ssh's exit code and its stderr.</summary>
    public EngineSshException(DockerEndpoint endpoint, UnreachableReason reason, int? exitCode, string sshError, Exception? innerException = null)
        : base(endpoint, reason, Describe(endpoint, exitCode, sshError), innerException)
    {
        ExitCode = exitCode;
        SshError = sshError;
    }

    /// <summary>ssh's exit code (255 for ssh's own errors, otherwise the remote command's); null while it still ran.</summary>
    public int? ExitCode { get; }

    /// <summary>What ssh (and the remote docker CLI) wrote to stderr, trimmed; empty when it wrote nothing.</summary>
    public string SshError { get; }

    /// <summary>Reads ssh's stderr for the reason: the same advice as for the other transports where it applies.</summary>
    internal static UnreachableReason Classify(string sshError, UnreachableReason otherwise)
    {
        static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
        return sshError switch
        {
            _ when Has(sshError, "Connection refused") => UnreachableReason.Refused,
            _ when Has(sshError, "Could not resolve hostname") || Has(sshError, "Name or service not known") => UnreachableReason.UnknownHost,
            _ when Has(sshError, "timed out") => UnreachableReason.Timeout,
            _ when Has(sshError, "Permission denied") || Has(sshError, "Host key verification failed") => UnreachableReason.Other,
            _ when Has(sshError, "closed by remote host") || Has(sshError, "Broken pipe") || Has(sshError, "Connection reset") => UnreachableReason.ConnectionLost,
            _ => otherwise,
        };
    }

    private static string Describe(DockerEndpoint endpoint, int? exitCode, string sshError)
    {
        string how = exitCode is { } code ? $"ssh exited with code {code}" : "ssh failed";
        string what = sshError.Length > 0
            ? $"{how}: {sshError}"
            : $"{how} and wrote nothing to stderr. Make sure the docker CLI (18.09 or later) is installed on the remote host.";
        return $"Cannot connect to the Docker engine at {endpoint}: {what.TrimEnd('.')}.";
    }
}
