using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes images or tags, like docker rmi.</para>
/// <para type="description">Removes each image: a reference removes that tag (and the image with its last tag), an id
/// or an image object removes the image. An image with several tags, removed by id, or one a stopped container uses,
/// needs -Force; one a running container uses is refused. -NoPrune keeps untagged parent images. What was untagged and
/// deleted is written to the verbose stream. Asks for confirmation (ConfirmImpact High) unless -Confirm:$false; honours
/// -WhatIf. Names are taken literally (no wildcards). An unknown image is an ObjectNotFound error; the others go on.</para>
/// </summary>
/// <example>
///   <code>Remove-ContainerImage 127.0.0.1:5000/team/app:1.2 -Confirm:$false</code>
///   <para>Removes one tag without asking.</para>
/// </example>
/// <example>
///   <code>Get-ContainerImage -Dangling | Remove-ContainerImage -WhatIf</code>
///   <para>Shows which untagged images would be removed.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "ContainerImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByName)]
[OutputType(typeof(void))]
public sealed class RemoveContainerImageCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">References (repository:tag, repository@digest) or ids of the images.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("Reference")]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Image ids (full or unique prefixes).</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>
    /// <para type="description">Images from Get-ContainerImage.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerImageInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">Removes an image with several tags, or one stopped containers use (docker rmi -f).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// <para type="description">Keeps untagged parent images (docker rmi --no-prune).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NoPrune { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        (string Reference, string Display)[] targets = ParameterSetName switch
        {
            ByObject => InputObject.Select(i => (i.Id, $"image {(i.RepoTags.Length > 0 ? i.RepoTags[0] + " " : "")}({i.ShortId})")).ToArray(),
            ById => Id.Select(id => (id, $"image ({DisplayFormat.ShortId(id)})")).ToArray(),
            _ => Name.Select(n => (n, $"image '{n}'")).ToArray(),
        };
        EngineClient? engine = null;
        foreach ((string reference, string display) in targets)
        {
            if (!ShouldProcess(display, "Remove"))
            {
                continue;
            }
            engine ??= await GetEngineAsync(cancellationToken);
            try
            {
                RemoveImageResult result = await engine.Images.RemoveAsync(reference, new RemoveImageOptions { Force = Force, NoPrune = NoPrune }, cancellationToken);
                foreach (string untagged in result.Untagged)
                {
                    WriteVerbose("Untagged: " + untagged);
                }
                foreach (string deleted in result.Deleted)
                {
                    WriteVerbose("Deleted: " + deleted);
                }
            }
            catch (EngineConflictException e)
            {
                WriteError(new ErrorRecord(e, ErrorIds.ImageInUse, ErrorCategory.ResourceBusy, reference));
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteEngineError(e, ErrorIds.ImageNotFound, reference);
            }
        }
    }
}
