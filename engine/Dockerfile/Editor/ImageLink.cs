using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>An image name in a FROM line and the web page of its repository.</summary>
/// <param name="Range">The repository part of the image reference (without tag or digest).</param>
/// <param name="Target">The page: Docker Hub, GitHub packages (ghcr.io), the Microsoft Artifact Registry (mcr.microsoft.com) or Quay.</param>
public sealed record ImageLink(TextRange Range, Uri Target);

/// <summary>
/// Links from FROM images to their registry pages, as dockerfile-language-server makes them, for the registries whose
/// page address follows from the name. Images with variables, stage names and <c>scratch</c> get none.
/// </summary>
public static class DockerfileLinks
{
    /// <summary>The links of <paramref name="snapshot"/>, in text order.</summary>
    public static IReadOnlyList<ImageLink> Get(DockerfileSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var links = new List<ImageLink>();
        foreach (var stage in snapshot.Semantics.Stages)
        {
            if (stage.BaseImage is not { } image || stage.BaseStage is not null || image.Text.Contains('$', StringComparison.Ordinal)
                || image.Range.Start.Line != image.Range.End.Line)
            {
                continue;
            }

            var repository = Repository(image.Text);
            if (PageOf(repository) is { } target)
            {
                var start = image.Range.Start;
                links.Add(new ImageLink(new TextRange(start, start with { Character = start.Character + repository.Length }), target));
            }
        }

        return links;
    }

    /// <summary>The web page of <paramref name="repository"/> (an image name without tag or digest); null when not known.</summary>
    public static Uri? PageOf(string repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var parts = repository.Split('/');
        if (parts.Any(p => p.Length == 0) || repository.Equals("scratch", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hasRegistry = parts.Length > 1 && (parts[0].Contains('.', StringComparison.Ordinal) || parts[0].Contains(':', StringComparison.Ordinal) || parts[0] == "localhost");
        if (!hasRegistry || parts[0] is "docker.io" or "index.docker.io" or "registry-1.docker.io")
        {
            var path = hasRegistry ? parts[1..] : parts;
            return path switch
            {
                ["library", var name] => new Uri($"https://hub.docker.com/_/{name}"),
                [var name] => new Uri($"https://hub.docker.com/_/{name}"),
                [var ns, var name] => new Uri($"https://hub.docker.com/r/{ns}/{name}"),
                _ => null,
            };
        }

        return parts switch
        {
            ["ghcr.io", var owner, var name, ..] => new Uri($"https://github.com/{owner}/{name}/pkgs/container/{string.Join('/', parts[2..])}"),
            ["mcr.microsoft.com", ..] => new Uri($"https://mcr.microsoft.com/artifact/mar/{string.Join('/', parts[1..])}"),
            ["quay.io", var ns, var name] => new Uri($"https://quay.io/repository/{ns}/{name}"),
            _ => null,
        };
    }

    // "name[:tag][@digest]" → "name" (a ':' after the last '/' starts the tag; one before it is a registry port).
    private static string Repository(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            image = image[..at];
        }

        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? image[..colon] : image;
    }
}
