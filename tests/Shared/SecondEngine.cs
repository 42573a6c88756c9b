using System.Net;
using System.Net.Sockets;
using Containers.Engine.Connection;

namespace Containers.Tests;

/// <summary>
/// A second, independent dockerd (issue #8): TLS with --tlsverify on 127.0.0.1 with certificates made here with
/// openssl, plus a unix socket of its own, started and stopped by tools/second-engine.sh. A test class fixture: when
/// the engine cannot be started the fixture throws and every test of the class FAILS, never skips.
/// </summary>
public sealed class SecondEngine : IDisposable
{
    private readonly string _script = Path.Combine(RepoPaths.Root, "tools", "second-engine.sh");

    public SecondEngine()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ct-tls-").FullName;
        // The engine's CA, its server certificate (valid for 127.0.0.1 only, so "localhost" is a name mismatch),
        // a client certificate from the same CA, and an unrelated CA for the "wrong CA" cases.
        Openssl.MakeCa(Directory, "ca", "containers-test-ca");
        Openssl.MakeSigned(Directory, "ca", "server-cert.pem", "server-key.pem", "127.0.0.1",
            "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth");
        Openssl.MakeSigned(Directory, "ca", "cert.pem", "key.pem", "containers-test-client", "extendedKeyUsage=clientAuth");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "wrong"));
        Openssl.MakeCa(Path.Combine(Directory, "wrong"), "ca", "some-other-ca");
        Port = FreePort();
        UnixSocket = RunScript("start", Directory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture)).Trim();
        if (!UnixSocket.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"tools/second-engine.sh printed no socket: '{UnixSocket}'");
        }
    }

    /// <summary>The folder with ca.pem, cert.pem and key.pem (a DOCKER_CERT_PATH), and wrong/ca.pem.</summary>
    public string Directory { get; }

    public int Port { get; }

    /// <summary>tcp://127.0.0.1:PORT, as users write it.</summary>
    public string TcpUrl => $"tcp://127.0.0.1:{Port}";

    /// <summary>The engine's own unix socket (no TLS), e.g. for preparing fixtures with the docker CLI.</summary>
    public string UnixSocket { get; }

    public string CaFile => Path.Combine(Directory, "ca.pem");

    public string CertFile => Path.Combine(Directory, "cert.pem");

    public string KeyFile => Path.Combine(Directory, "key.pem");

    public string WrongCaFile => Path.Combine(Directory, "wrong", "ca.pem");

    /// <summary>The TLS endpoint with verification against the right CA and the client certificate.</summary>
    public DockerEndpoint TlsEndpoint => DockerEndpoint.Parse(TcpUrl).WithTls(new TlsMaterial { CaFile = CaFile, CertFile = CertFile, KeyFile = KeyFile, Source = "test" });

    /// <summary>The docker CLI's arguments to reach this engine over TLS.</summary>
    public string[] CliTlsArgs => ["--host", TcpUrl, "--tlsverify", "--tlscacert", CaFile, "--tlscert", CertFile, "--tlskey", KeyFile];

    public void Dispose()
    {
        try
        {
            RunScript("stop", Directory);
        }
        finally
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string RunScript(params string[] args) =>
        ToolProcess.Run(_script, TimeSpan.FromSeconds(180), ToolProcess.Failure("The second engine", args[0]), args);
}
