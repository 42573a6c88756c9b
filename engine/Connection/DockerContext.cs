namespace Containers.Engine.Connection;

/// <summary>A docker CLI context as stored under <c>~/.docker/contexts</c> (or the virtual "default").</summary>
public sealed record DockerContext
{
    /// <summary>The name of the context that stands for DOCKER_HOST or the platform default.</summary>
    public const string DefaultName = "default";

    /// <summary>The context's name.</summary>
    public required string Name { get; init; }

    /// <summary>The description users gave it; empty when none.</summary>
    public string Description { get; init; } = "";

    /// <summary>The Docker endpoint URL (<c>Endpoints.docker.Host</c> in meta.json).</summary>
    public required string Host { get; init; }

    /// <summary>True when TLS certificates are not verified for this context.</summary>
    public bool SkipTlsVerify { get; init; }

    /// <summary>True for the virtual "default" context, which has no meta.json.</summary>
    public bool IsDefault => Name == DefaultName;
}
