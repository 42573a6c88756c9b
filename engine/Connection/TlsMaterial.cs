namespace Containers.Engine.Connection;

/// <summary>
/// The TLS settings of a tcp endpoint, as the docker CLI gathers them from <c>DOCKER_TLS_VERIFY</c>/<c>DOCKER_CERT_PATH</c>
/// or from a context's <c>contexts/tls/&lt;id&gt;/docker</c> folder. Paths only: the files are read when connecting,
/// so a missing or broken file is reported then, by name.
/// </summary>
public sealed record TlsMaterial
{
    /// <summary>The file name of the CA bundle in a certificate folder.</summary>
    public const string CaFileName = "ca.pem";

    /// <summary>The file name of the client certificate in a certificate folder.</summary>
    public const string CertFileName = "cert.pem";

    /// <summary>The file name of the client key in a certificate folder.</summary>
    public const string KeyFileName = "key.pem";

    /// <summary>PEM file of the CA(s) the engine's certificate must chain to; null: the system's trusted roots.</summary>
    public string? CaFile { get; init; }

    /// <summary>PEM file of the client certificate; null: none is presented.</summary>
    public string? CertFile { get; init; }

    /// <summary>PEM file of the client certificate's private key; null when <see cref="CertFile"/> is null.</summary>
    public string? KeyFile { get; init; }

    /// <summary>True to accept any server certificate (the CLI's <c>--tls</c> without <c>--tlsverify</c>, a context's SkipTLSVerify).</summary>
    public bool SkipVerify { get; init; }

    /// <summary>Where the material came from, for error messages: "DOCKER_CERT_PATH /x", "context 'prod'".</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// The material of a docker CLI certificate folder: each of ca.pem, cert.pem and key.pem that exists.
    /// <paramref name="requireCa"/> keeps ca.pem even when absent, so that connecting reports it missing (the CLI's
    /// <c>--tlsverify</c> needs it).
    /// </summary>
    public static TlsMaterial FromDirectory(string directory, bool skipVerify, bool requireCa, string source)
    {
        string ca = Path.Combine(directory, CaFileName);
        string cert = Path.Combine(directory, CertFileName);
        string key = Path.Combine(directory, KeyFileName);
        return new TlsMaterial
        {
            CaFile = requireCa || File.Exists(ca) ? ca : null,
            // The CLI drops a default cert/key that does not exist rather than failing (cli/flags SetDefaultOptions).
            CertFile = File.Exists(cert) ? cert : null,
            KeyFile = File.Exists(key) ? key : null,
            SkipVerify = skipVerify,
            Source = source,
        };
    }
}
