using System.Management.Automation;
using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Streams;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Pushes images to their registry, like docker push.</para>
/// <para type="description">Pushes each reference (a reference without tag pushes 'latest'; image objects push each of
/// their tags) with the stored login for its registry (see Connect-ContainerRegistry) or -Credential, and outputs one
/// object per pushed tag with the digest the registry serves it under. Progress shows one bar with a child bar per
/// layer, closed when the push ends, fails or is stopped. Refusals (no login, wrong password, no right to push) are
/// PermissionDenied errors, an unknown local image ObjectNotFound; the other references go on.</para>
/// </summary>
/// <example>
///   <code>Publish-ContainerImage 127.0.0.1:5000/team/app:1.2</code>
///   <para>Pushes app:1.2 to the registry on port 5000 of this machine and shows its digest.</para>
/// </example>
/// <example>
///   <code>Get-ContainerImage 127.0.0.1:5000/team/* | Publish-ContainerImage</code>
///   <para>Pushes every tag of every image of the team namespace.</para>
/// </example>
[Cmdlet(VerbsData.Publish, "ContainerImage", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerImagePushInfo))]
public sealed class PublishContainerImageCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Image references to push: registry/repository[:tag].</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("Reference")]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Images from Get-ContainerImage: each of their tags is pushed.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerImageInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">Pushes every local tag of each repository (docker push -a); the references must have no tag.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName)]
    public SwitchParameter AllTags { get; set; }

    /// <summary>
    /// <para type="description">Credentials for this push only, instead of the stored login.</para>
    /// </summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        string[] references = ParameterSetName == ByObject ? InputObject.SelectMany(i => i.RepoTags).ToArray() : Name;
        foreach (ContainerImageInfo untagged in ParameterSetName == ByObject ? InputObject.Where(i => i.RepoTags.Length == 0) : [])
        {
            WriteError(new ErrorRecord(new ArgumentException($"The image {untagged.ShortId} has no tag to push; add one with Add-ContainerImageTag."),
                ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, untagged));
        }
        EngineClient? engine = null;
        foreach (string reference in references)
        {
            if (!ShouldProcess($"image '{reference}'", "Push to its registry"))
            {
                continue;
            }
            engine ??= await GetEngineAsync(cancellationToken);
            var progress = new TransferProgressWriter(this, 1, $"Pushing {reference}");
            try
            {
                var options = new PushImageOptions
                {
                    AllTags = AllTags,
                    Auth = await RegistryCredentials.ForReferenceAsync(reference, Credential, cancellationToken),
                };
                string repository = ImageReference.Parse(reference).Repository;
                await foreach (JsonMessage message in engine.Images.PushAsync(reference, options, cancellationToken))
                {
                    progress.Apply(message);
                    if (message.Aux is { ValueKind: JsonValueKind.Object } aux && aux.TryGetProperty("Digest", out JsonElement digest))
                    {
                        string tag = aux.TryGetProperty("Tag", out JsonElement t) ? t.GetString() ?? "" : "";
                        long size = aux.TryGetProperty("Size", out JsonElement s) && s.TryGetInt64(out long n) ? n : 0;
                        WriteObject(new ContainerImagePushInfo(repository, tag, digest.GetString() ?? "", size));
                    }
                }
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
}
