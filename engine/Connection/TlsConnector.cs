using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Containers.Engine.Errors;

namespace Containers.Engine.Connection;

/// <summary>
/// Opens TLS connections to a tcp endpoint as the docker CLI does: the engine's certificate must chain to the given
/// CA (not the system's roots) and match the host, a client certificate is presented when there is one, and nothing
/// is verified only when SkipVerify says so. We do the handshake ourselves rather than through SocketsHttpHandler's
/// SslOptions so that a rejected certificate surfaces as the exact problem (unknown CA, name mismatch, expired)
/// instead of .NET's generic "the remote certificate was rejected".
/// </summary>
internal sealed class TlsConnector
{
    private static readonly Oid s_serverAuth = new("1.3.6.1.5.5.7.3.1");

    private readonly DockerEndpoint _endpoint;
    private readonly TlsMaterial _material;
    private readonly X509Certificate2Collection? _roots;
    private readonly X509Certificate2Collection? _clientCertificates;

    private TlsConnector(DockerEndpoint endpoint, TlsMaterial material, X509Certificate2Collection? roots, X509Certificate2Collection? clientCertificates)
    {
        _endpoint = endpoint;
        _material = material;
        _roots = roots;
        _clientCertificates = clientCertificates;
    }

    /// <summary>Loads the endpoint's TLS files now, so a missing or broken file is reported before any connection.</summary>
    /// <exception cref="EngineTlsException">A file is missing or invalid.</exception>
    public static TlsConnector Create(DockerEndpoint endpoint)
    {
        TlsMaterial material = endpoint.Tls ?? new TlsMaterial { Source = "https://" };
        X509Certificate2Collection? roots = null;
        // The CLI does not even read the CA when it does not verify (go-connections tlsconfig.Client).
        if (material.CaFile is not null && !material.SkipVerify)
        {
            RequireFile(endpoint, material, material.CaFile, "CA certificate");
            roots = [];
            try
            {
                roots.ImportFromPemFile(material.CaFile);
            }
            catch (CryptographicException e)
            {
                throw new EngineTlsException(endpoint, TlsProblem.InvalidFile, $"the CA certificate {material.CaFile} ({material.Source}) is not a valid PEM certificate: {e.Message}", e);
            }
            if (roots.Count == 0)
            {
                throw new EngineTlsException(endpoint, TlsProblem.InvalidFile, $"the CA certificate {material.CaFile} ({material.Source}) holds no PEM certificate.");
            }
        }
        X509Certificate2Collection? client = null;
        if (material.CertFile is not null || material.KeyFile is not null)
        {
            if (material.CertFile is null || material.KeyFile is null)
            {
                string present = material.CertFile ?? material.KeyFile!;
                throw new EngineTlsException(endpoint, TlsProblem.MissingFile,
                    $"{present} ({material.Source}) has no matching {(material.CertFile is null ? TlsMaterial.CertFileName : TlsMaterial.KeyFileName)}: a client certificate needs both cert.pem and key.pem.");
            }
            RequireFile(endpoint, material, material.CertFile, "client certificate");
            RequireFile(endpoint, material, material.KeyFile, "client key");
            client = [LoadClientCertificate(endpoint, material)];
        }
        return new TlsConnector(endpoint, material, roots, client);
    }

    /// <summary>Connects, shakes hands and returns the encrypted stream.</summary>
    /// <exception cref="EngineUnreachableException">Nothing listens there; <see cref="EngineTlsException"/> when TLS failed.</exception>
    public async ValueTask<Stream> ConnectAsync(CancellationToken cancellationToken) =>
        (await ConnectWithSocketAsync(cancellationToken).ConfigureAwait(false)).Stream;

    /// <summary>As <see cref="ConnectAsync"/>, also returning the socket under the TLS stream (hijacked calls half-close it).</summary>
    public async ValueTask<(SslStream Stream, Socket Socket)> ConnectWithSocketAsync(CancellationToken cancellationToken)
    {
        string host = _endpoint.Host!.Contains('@', StringComparison.Ordinal) ? _endpoint.Host[(_endpoint.Host.IndexOf('@', StringComparison.Ordinal) + 1)..] : _endpoint.Host;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, _endpoint.Port, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new EngineUnreachableException(_endpoint, EngineErrorMapper.FromSocketError(e.SocketErrorCode), e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
        string? problem = null;
        TlsProblem kind = TlsProblem.HandshakeFailed;
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            ClientCertificates = _clientCertificates,
            // Always present ours when the engine asks, as Go does; .NET would otherwise filter by the engine's CA list.
            LocalCertificateSelectionCallback = _clientCertificates is null ? null : (_, _, _, _, _) => _clientCertificates[0],
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            {
                (kind, problem) = Validate(host, certificate as X509Certificate2 ?? (certificate is null ? null : new X509Certificate2(certificate)), chain, errors);
                return problem is null;
            },
        };
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
            return (ssl, socket);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            if (problem is not null)
            {
                throw new EngineTlsException(_endpoint, kind, problem, e);
            }
            string hint = _clientCertificates is null
                ? " The engine may require a client certificate: give cert.pem and key.pem."
                : $" The engine may not accept the client certificate {_material.CertFile} ({_material.Source}).";
            throw new EngineTlsException(_endpoint, TlsProblem.HandshakeFailed, $"the handshake failed: {(e.InnerException ?? e).Message}.{hint}", e);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private (TlsProblem Kind, string? Problem) Validate(string host, X509Certificate2? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (_material.SkipVerify)
        {
            return (TlsProblem.HandshakeFailed, null);
        }
        if (certificate is null)
        {
            return (TlsProblem.InvalidCertificate, "the engine presented no certificate.");
        }
        string who = $"the engine's certificate ({certificate.Subject}, issued by {certificate.Issuer})";
        X509ChainStatusFlags status = _roots is null ? ChainStatusOf(presented, errors) : BuildWithRoots(certificate, presented);
        DateTime now = DateTime.Now;
        if ((status & X509ChainStatusFlags.NotTimeValid) != 0 || certificate.NotAfter < now || certificate.NotBefore > now)
        {
            return certificate.NotBefore > now
                ? (TlsProblem.NotYetValid, $"{who} is not valid before {certificate.NotBefore.ToUniversalTime():u}.")
                : (TlsProblem.Expired, $"{who} expired on {certificate.NotAfter.ToUniversalTime():u}.");
        }
        if ((status & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain)) != 0)
        {
            string trusted = _roots is null ? "the system's trusted roots" : $"the CA in {_material.CaFile} ({_material.Source})";
            return (TlsProblem.UnknownAuthority, $"{who} is signed by an unknown authority: it does not chain to {trusted}.");
        }
        if ((status & X509ChainStatusFlags.NotValidForUsage) != 0)
        {
            return (TlsProblem.InvalidCertificate, $"{who} is not valid for server authentication (extended key usage).");
        }
        if (status != X509ChainStatusFlags.NoError)
        {
            return (TlsProblem.InvalidCertificate, $"{who} is not valid: {status}.");
        }
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return (TlsProblem.NameMismatch, $"{who} is not valid for '{host}'; it is valid for {DescribeNames(certificate)}.");
        }
        return (TlsProblem.HandshakeFailed, null);
    }

    private X509ChainStatusFlags BuildWithRoots(X509Certificate2 certificate, X509Chain? presented)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_roots!);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(s_serverAuth);
        if (presented is not null)
        {
            // Intermediates the engine sent along.
            foreach (X509ChainElement element in presented.ChainElements)
            {
                if (!element.Certificate.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span))
                {
                    chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }
        }
        chain.Build(certificate);
        X509ChainStatusFlags flags = X509ChainStatusFlags.NoError;
        foreach (X509ChainStatus s in chain.ChainStatus)
        {
            flags |= s.Status;
        }
        return flags;
    }

    private static X509ChainStatusFlags ChainStatusOf(X509Chain? chain, SslPolicyErrors errors)
    {
        X509ChainStatusFlags flags = X509ChainStatusFlags.NoError;
        if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0 && chain is not null)
        {
            foreach (X509ChainStatus s in chain.ChainStatus)
            {
                flags |= s.Status;
            }
        }
        return flags;
    }

    private static string DescribeNames(X509Certificate2 certificate)
    {
        var names = new List<string>();
        foreach (X509SubjectAlternativeNameExtension san in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(san.EnumerateDnsNames());
            names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
        }
        return names.Count == 0 ? $"'{certificate.GetNameInfo(X509NameType.SimpleName, false)}' only (no subject alternative names)" : string.Join(", ", names.Select(n => $"'{n}'"));
    }

    private static void RequireFile(DockerEndpoint endpoint, TlsMaterial material, string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new EngineTlsException(endpoint, TlsProblem.MissingFile, $"the {what} {path} ({material.Source}) does not exist.");
        }
    }

    private static X509Certificate2 LoadClientCertificate(DockerEndpoint endpoint, TlsMaterial material)
    {
        try
        {
            X509Certificate2 certificate = X509Certificate2.CreateFromPemFile(material.CertFile!, material.KeyFile);
            if (OperatingSystem.IsWindows())
            {
                // SChannel cannot use the ephemeral key of a PEM import; a PKCS#12 round trip gives it a usable one.
                using (certificate)
                {
                    return new X509Certificate2(certificate.Export(X509ContentType.Pkcs12));
                }
            }
            return certificate;
        }
        catch (CryptographicException e)
        {
            throw new EngineTlsException(endpoint, TlsProblem.InvalidFile,
                $"the client certificate {material.CertFile} and key {material.KeyFile} ({material.Source}) could not be loaded: {e.Message}", e);
        }
    }
}
