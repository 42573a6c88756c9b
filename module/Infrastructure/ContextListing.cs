using Containers.Engine.Connection;

namespace Containers.Infrastructure;

/// <summary>Builds the context objects the context cmdlets write, in <c>docker context ls</c>'s order.</summary>
internal static class ContextListing
{
    // What docker context ls says for the default context (docker CLI 28).
    private const string DefaultDescription = "Current DOCKER_HOST based configuration";

    public static List<ContainerContextInfo> All(ContextStore store)
    {
        string current = EndpointResolver.CurrentContextName();
        string? host = Environment.GetEnvironmentVariable(EndpointResolver.DockerHostVariable);
        var contexts = new List<ContainerContextInfo>
        {
            new()
            {
                Name = DockerContext.DefaultName,
                Current = current == DockerContext.DefaultName,
                Description = DefaultDescription,
                DockerHost = string.IsNullOrWhiteSpace(host) ? DockerEndpoint.Default.Url : host,
            },
        };
        contexts.AddRange(store.List().Select(c => From(store, c, current)));
        // Sorted by name, "default" among the others, as docker context ls sorts.
        contexts.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return contexts;
    }

    public static ContainerContextInfo From(ContextStore store, DockerContext context, string current)
    {
        string tls = store.TlsDirectory(context.Name);
        return new ContainerContextInfo
        {
            Name = context.Name,
            Current = context.Name == current,
            Description = context.Description,
            DockerHost = context.Host,
            SkipTlsVerify = context.SkipTlsVerify,
            TlsMaterial = [.. new[] { TlsMaterial.CaFileName, TlsMaterial.CertFileName, TlsMaterial.KeyFileName }.Where(f => File.Exists(Path.Combine(tls, f)))],
            MetadataPath = Path.Combine(store.ConfigDirectory, "contexts", "meta", ContextStore.ContextId(context.Name)),
        };
    }
}
