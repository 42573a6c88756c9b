using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Pulls images from their registry, like docker pull.</para>
/// <para type="description">Pulls each reference (a reference without tag pulls 'latest') and outputs the pulled image.
/// Credentials are chosen as the docker CLI chooses them: the stored login for the reference's registry (see
/// Connect-ContainerRegistry), or -Credential for this call only. Progress shows one bar for the pull with a child bar
/// per layer, and closes when the pull ends, fails or is stopped. A registry refusal is a PermissionDenied error, an
/// unknown image or tag ObjectNotFound; the other references go on.</para>
/// </summary>
/// <example>
///   <code>Request-ContainerImage 127.0.0.1:5000/team/app:1.2 -Platform linux/amd64</code>
///   <para>Pulls the linux/amd64 image of app:1.2 from a local registry, with the stored login.</para>
/// </example>
/// <example>
///   <code>Request-ContainerImage 127.0.0.1:5000/team/app -AllTags</code>
///   <para>Pulls every tag of the repository.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Request, "ContainerImage")]
[OutputType(typeof(ContainerImageInfo))]
public sealed class RequestContainerImageCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Image references: [registry/]repository[:tag|@digest].</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Reference")]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">The platform to pull, os[/arch[/variant]] (e.g. linux/arm64). Default: the engine's.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Platform { get; set; }

    /// <summary>
    /// <para type="description">Pulls every tag of each repository (docker pull -a); the references must have no tag.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter AllTags { get; set; }

    /// <summary>
    /// <para type="description">Credentials for this pull only, instead of the stored login.</para>
    /// </summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string reference in Name)
        {
            var progress = new TransferProgressWriter(this, 1, $"Pulling {reference}");
            try
            {
                var options = new PullImageOptions
                {
                    Platform = Platform,
                    AllTags = AllTags,
                    Auth = await RegistryCredentials.ForReferenceAsync(reference, Credential, cancellationToken),
                };
                await foreach (JsonMessage message in engine.Images.PullAsync(reference, options, cancellationToken))
                {
                    progress.Apply(message);
                    if (message.Status is { } status && (status.StartsWith("Status: ", StringComparison.Ordinal) || status.StartsWith("Digest: ", StringComparison.Ordinal)))
                    {
                        WriteVerbose(status);
                    }
                }
                progress.Complete();
                await WritePulledAsync(engine, reference, cancellationToken);
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteEngineError(e, ErrorIds.ImageNotFound, reference);
            }
            finally
            {
                progress.Complete();
            }
        }
    }

    private async Task WritePulledAsync(EngineClient engine, string reference, CancellationToken cancellationToken)
    {
        ImageReference parsed = ImageReference.Parse(reference);
        // The daemon lists a Docker Hub image without "docker.io/library/"; a digest pull has no tag to filter on.
        string filter = AllTags || parsed.Tag is null && parsed.Digest is not null ? parsed.Repository : parsed.Repository + ":" + (parsed.Tag ?? "latest");
        IReadOnlyList<ImageSummary> images = await engine.Images.ListAsync(new ListImagesOptions { References = [filter] }, cancellationToken);
        foreach (ImageSummary image in images)
        {
            if (parsed.Digest is not null && !image.RepoDigests.Any(d => d.EndsWith("@" + parsed.Digest, StringComparison.Ordinal)))
            {
                continue;
            }
            string? pulled = parsed.Digest is not null
                ? image.RepoDigests.FirstOrDefault(d => d.EndsWith("@" + parsed.Digest, StringComparison.Ordinal))
                : image.RepoTags.FirstOrDefault(t => t == filter);
            WriteObject(new ContainerImageInfo(image, ContextName, Endpoint.Url, AllTags ? null : pulled));
        }
    }
}
