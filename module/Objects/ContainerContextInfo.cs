namespace Containers;

/// <summary>A docker CLI context, as <c>docker context ls</c> lists it (the virtual "default" included).</summary>
public sealed class ContainerContextInfo
{
    /// <summary>The context's name.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>True for the context cmdlets and the docker CLI use when none is named.</summary>
    public bool Current { get; internal init; }

    /// <summary>The description; for "default", the CLI's own.</summary>
    public string Description { get; internal init; } = "";

    /// <summary>The Docker endpoint URL.</summary>
    public string DockerHost { get; internal init; } = "";

    /// <summary>True when the engine's certificate is not verified.</summary>
    public bool SkipTlsVerify { get; internal init; }

    /// <summary>The TLS files stored with the context (ca.pem, cert.pem, key.pem); empty when none.</summary>
    public string[] TlsMaterial { get; internal init; } = [];

    /// <summary>The folder of its meta.json; empty for "default".</summary>
    public string MetadataPath { get; internal init; } = "";

    /// <summary>The name, for string contexts (<c>Get-Container -Context (Get-ContainerContext)</c>).</summary>
    public override string ToString() => Name;
}
