namespace Containers.Engine.Connection;

/// <summary>
/// Chooses the endpoint exactly as the docker CLI's <c>resolveContextName</c> does: an explicit context,
/// else an explicit host, else <c>DOCKER_HOST</c>, else <c>DOCKER_CONTEXT</c>, else <c>currentContext</c>
/// in config.json, else the platform default. TLS comes from the context's TLS folder for stored contexts, and from
/// <c>DOCKER_TLS_VERIFY</c>/<c>DOCKER_TLS</c>/<c>DOCKER_CERT_PATH</c> for everything else, as the CLI's flags do.
/// </summary>
public static class EndpointResolver
{
    /// <summary>The environment variable that names the host directly.</summary>
    public const string DockerHostVariable = "DOCKER_HOST";

    /// <summary>The environment variable that names the context.</summary>
    public const string DockerContextVariable = "DOCKER_CONTEXT";

    /// <summary>Set (to anything) to use TLS and verify the engine's certificate, as the CLI's <c>--tlsverify</c>.</summary>
    public const string TlsVerifyVariable = "DOCKER_TLS_VERIFY";

    /// <summary>Set (to anything) to use TLS without verification, as the CLI's <c>--tls</c>.</summary>
    public const string TlsVariable = "DOCKER_TLS";

    /// <summary>The folder of ca.pem, cert.pem and key.pem; default: the config folder (DOCKER_CONFIG, else ~/.docker).</summary>
    public const string CertPathVariable = "DOCKER_CERT_PATH";

    /// <summary>Resolves the endpoint and the context it came from.</summary>
    /// <param name="explicitContext">A cmdlet's <c>-Context</c>; null or empty when not given.</param>
    /// <param name="explicitHost">A cmdlet's <c>-DockerHost</c>; null or empty when not given.</param>
    /// <param name="getEnvironmentVariable">Reads the environment; defaults to the process's.</param>
    /// <exception cref="ArgumentException">Both were given, the context does not exist, or a host URL is invalid.</exception>
    /// <exception cref="InvalidDataException">config.json or a context's meta.json is unreadable.</exception>
    public static ResolvedEndpoint Resolve(string? explicitContext = null, string? explicitHost = null, Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        bool hasContext = !string.IsNullOrWhiteSpace(explicitContext);
        bool hasHost = !string.IsNullOrWhiteSpace(explicitHost);
        if (hasContext && hasHost)
        {
            throw new ArgumentException("Give either a Docker host or a context, not both (the docker CLI refuses --host with --context).");
        }
        if (hasContext)
        {
            return FromContext(explicitContext!, getEnvironmentVariable);
        }
        if (hasHost)
        {
            return new ResolvedEndpoint(DockerEndpoint.Parse(explicitHost!).WithTls(EnvironmentTls(getEnvironmentVariable)), DockerContext.DefaultName);
        }
        string? hostVariable = getEnvironmentVariable(DockerHostVariable);
        if (!string.IsNullOrWhiteSpace(hostVariable))
        {
            return new ResolvedEndpoint(DockerEndpoint.Parse(hostVariable).WithTls(EnvironmentTls(getEnvironmentVariable)), DockerContext.DefaultName);
        }
        string? contextName = getEnvironmentVariable(DockerContextVariable);
        if (string.IsNullOrWhiteSpace(contextName))
        {
            contextName = ContextStore.FromEnvironment(getEnvironmentVariable).ReadCurrentContext();
        }
        return string.IsNullOrWhiteSpace(contextName)
            ? new ResolvedEndpoint(DockerEndpoint.Default, DockerContext.DefaultName)
            : FromContext(contextName, getEnvironmentVariable);
    }

    private static ResolvedEndpoint FromContext(string name, Func<string, string?> getEnvironmentVariable)
    {
        if (name == DockerContext.DefaultName)
        {
            string? hostVariable = getEnvironmentVariable(DockerHostVariable);
            return new ResolvedEndpoint(
                string.IsNullOrWhiteSpace(hostVariable) ? DockerEndpoint.Default : DockerEndpoint.Parse(hostVariable).WithTls(EnvironmentTls(getEnvironmentVariable)),
                DockerContext.DefaultName);
        }
        ContextStore store = ContextStore.FromEnvironment(getEnvironmentVariable);
        DockerContext context = store.Find(name)
            ?? throw new ArgumentException($"The context '{name}' does not exist in {Path.Combine(store.ConfigDirectory, "contexts")}.");
        return new ResolvedEndpoint(DockerEndpoint.Parse(context.Host).WithTls(store.ReadTls(context)), context.Name);
    }

    /// <summary>
    /// The context the CLI would use without <c>--context</c>/<c>--host</c> (resolveContextName): "default" when
    /// DOCKER_HOST is set, else DOCKER_CONTEXT, else <c>currentContext</c> in config.json, else "default".
    /// </summary>
    /// <exception cref="InvalidDataException">config.json is unreadable.</exception>
    public static string CurrentContextName(Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(getEnvironmentVariable(DockerHostVariable)))
        {
            return DockerContext.DefaultName;
        }
        string? name = getEnvironmentVariable(DockerContextVariable);
        if (string.IsNullOrWhiteSpace(name))
        {
            name = ContextStore.FromEnvironment(getEnvironmentVariable).ReadCurrentContext();
        }
        return string.IsNullOrWhiteSpace(name) ? DockerContext.DefaultName : name;
    }

    /// <summary>
    /// The TLS material the CLI's flags default to from the environment: none unless DOCKER_TLS_VERIFY or DOCKER_TLS is
    /// set (to anything, as the CLI tests for non-empty); the files from DOCKER_CERT_PATH, else the config folder.
    /// </summary>
    public static TlsMaterial? EnvironmentTls(Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        bool verify = !string.IsNullOrEmpty(getEnvironmentVariable(TlsVerifyVariable));
        if (!verify && string.IsNullOrEmpty(getEnvironmentVariable(TlsVariable)))
        {
            return null;
        }
        string? certPath = getEnvironmentVariable(CertPathVariable);
        bool fromVariable = !string.IsNullOrEmpty(certPath);
        string directory = fromVariable ? certPath! : ContextStore.FromEnvironment(getEnvironmentVariable).ConfigDirectory;
        return TlsMaterial.FromDirectory(directory, skipVerify: !verify, requireCa: verify,
            fromVariable ? $"{CertPathVariable}={directory}" : $"{TlsVerifyVariable} with the default certificate folder {directory}");
    }
}
