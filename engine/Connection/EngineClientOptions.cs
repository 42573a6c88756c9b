namespace Containers.Engine.Connection;

/// <summary>How the engine client connects. Every property has a sensible default.</summary>
public sealed record EngineClientOptions
{
    /// <summary>Time allowed to open a connection (socket connect, TCP handshake). Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for the first <c>/_ping</c>, connecting included. Default 15 s.</summary>
    public TimeSpan PingTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A fixed API version (the CLI's <c>DOCKER_API_VERSION</c>); null negotiates with the daemon.
    /// </summary>
    public ApiVersion? FixedApiVersion { get; init; }

    /// <summary>Reads <c>DOCKER_API_VERSION</c> from the environment into <see cref="FixedApiVersion"/>.</summary>
    public static EngineClientOptions FromEnvironment(Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        return ApiVersion.TryParse(getEnvironmentVariable("DOCKER_API_VERSION"), out ApiVersion fixedVersion)
            ? new EngineClientOptions { FixedApiVersion = fixedVersion }
            : new EngineClientOptions();
    }
}
