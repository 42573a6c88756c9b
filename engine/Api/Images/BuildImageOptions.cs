using Containers.Engine.Auth;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.BuildAsync"/>: <c>docker build</c>'s, for the classic builder.</summary>
public sealed record BuildImageOptions
{
    /// <summary>The context directory (absolute, or relative to the process's current directory). Required.</summary>
    public required string ContextDirectory { get; init; }

    /// <summary>
    /// The Dockerfile: null is <c>Dockerfile</c> (or <c>dockerfile</c> when only that exists) in the context; a relative
    /// path is taken from the process's current directory, as <c>docker build -f</c>. One outside the context is sent
    /// under a hidden name, as the CLI does.
    /// </summary>
    public string? Dockerfile { get; init; }

    /// <summary>Names for the built image (<c>name:tag</c>); null or empty: untagged.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Build-time variables (ARG); a null value leaves the variable to the Dockerfile's default.</summary>
    public IReadOnlyDictionary<string, string?>? BuildArgs { get; init; }

    /// <summary>The stage to build in a multi-stage Dockerfile; null: the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>True builds every step without the cache. Default false.</summary>
    public bool NoCache { get; init; }

    /// <summary>True pulls newer versions of the FROM images first. Default false.</summary>
    public bool Pull { get; init; }

    /// <summary>Labels to set on the built image.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>The platform to build for (<c>linux/amd64</c>); null: the daemon's.</summary>
    public string? Platform { get; init; }

    /// <summary>
    /// Credentials the daemon may use to pull FROM images, keyed by registry (see <see cref="CredentialStore.GetAllAsync"/>,
    /// which gives what docker build sends); null or empty: anonymous pulls.
    /// </summary>
    public IReadOnlyDictionary<string, RegistryAuth>? RegistryAuths { get; init; }
}
