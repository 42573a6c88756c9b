using Containers.Engine.Api;
using Containers.Engine.Auth;
using Containers.Engine.Streams;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Explorer;

/// <summary>The image actions of the explorer (issue #11): history for the layer chart, run, tag, push.</summary>
public sealed partial class ContainersExplorer
{
    public Task<ImageLayerItem[]> ImageHistoryAsync(ImageHistoryParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(async engine => (await engine.Images.HistoryAsync(RequireValue(parameters.Image, "image"), cancellationToken).ConfigureAwait(false))
            .Select(h => new ImageLayerItem(h.Id, h.Created, h.CreatedBy, h.Tags, h.Size, h.Comment)).ToArray(), cancellationToken);
    }

    public Task<RunImageResult> RunImageAsync(RunImageParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(async engine =>
        {
            // docker run -d: create, then start; a container that cannot start is left created, as docker run leaves it.
            CreateContainerResult created = await engine.Containers.CreateAsync(new CreateContainerOptions
            {
                Image = RequireValue(parameters.Image, "image"),
                Name = string.IsNullOrWhiteSpace(parameters.Name) ? null : parameters.Name.Trim(),
                Command = parameters.Command is { Count: > 0 } command ? command : null,
            }, cancellationToken).ConfigureAwait(false);
            await engine.Containers.StartAsync(created.Id, cancellationToken).ConfigureAwait(false);
            return new RunImageResult(created.Id, created.Warnings);
        }, cancellationToken);
    }

    public Task TagImageAsync(TagImageParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(async engine =>
        {
            await engine.Images.TagAsync(RequireValue(parameters.Source, "source"), RequireValue(parameters.Target, "target"), cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<PushImageResult> PushImageAsync(PushImageParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        string reference = RequireValue(parameters.Reference, "reference");
        return CallAsync(async engine =>
        {
            // The login docker push would send: config.json's auths or its credential helper for that registry.
            RegistryAuth? auth = await CredentialStore.FromEnvironment().GetForReferenceAsync(reference, cancellationToken).ConfigureAwait(false);
            PushImageResult? result = null;
            await foreach (JsonMessage message in engine.Images.PushAsync(reference, new PushImageOptions { Auth = auth }, cancellationToken).ConfigureAwait(false))
            {
                // In-band errors (a refused login, an unknown registry) throw from the stream itself.
                if (message.Aux is { } aux && aux.TryGetProperty("Digest", out var digest))
                {
                    result = new PushImageResult(
                        aux.TryGetProperty("Tag", out var tag) ? tag.GetString() ?? "" : "",
                        digest.GetString() ?? "",
                        aux.TryGetProperty("Size", out var size) && size.TryGetInt64(out long bytes) ? bytes : 0);
                }
                else if (message.Status is { } status)
                {
                    await _notify(ContainersRequests.PushProgress, new PushProgressParams(parameters.PushId, message.Id, status, message.Current, message.Total)).ConfigureAwait(false);
                }
            }
            return result ?? new PushImageResult(ImageReference.Parse(reference).Tag ?? "latest", "", 0);
        }, cancellationToken);
    }

    private static string RequireValue(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw InvalidParams($"the {what} is empty") : value;
}
