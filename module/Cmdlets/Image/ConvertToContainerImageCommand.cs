using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Makes an image from a container's changes, like docker commit.</para>
/// <para type="description">Creates an image from the container's file system changes and configuration, optionally
/// tagged -Reference, and outputs it. The container stays as it is (paused while committing unless -NoPause).
/// -Change applies Dockerfile instructions (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR) to the
/// new image. The verb: PowerShell has no approved "Commit"; ConvertTo (VerbsData) says that the container's state is
/// turned into another form, an image, as Microsoft's Docker module named this operation; Checkpoint would clash with
/// docker checkpoint (CRIU snapshots of a running process) and New with Build-ContainerImage. An unknown container is
/// an ObjectNotFound error.</para>
/// </summary>
/// <example>
///   <code>Get-Container web | ConvertTo-ContainerImage -Reference team/web:debug -Change 'CMD ["sh"]'</code>
///   <para>Saves the current state of the container web as the image team/web:debug that starts a shell.</para>
/// </example>
[Cmdlet(VerbsData.ConvertTo, "ContainerImage", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerImageInfo))]
public sealed class ConvertToContainerImageCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">The container's name or id (container objects bind by their Id).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The container, from Get-Container.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerInfo? InputObject { get; set; }

    /// <summary>
    /// <para type="description">repository[:tag] for the new image; without it the image is untagged.</para>
    /// </summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Reference { get; set; }

    /// <summary>
    /// <para type="description">The commit message.</para>
    /// </summary>
    [Parameter]
    public string? Message { get; set; }

    /// <summary>
    /// <para type="description">The author, e.g. "Jane &lt;jane@example.com&gt;".</para>
    /// </summary>
    [Parameter]
    public string? Author { get; set; }

    /// <summary>
    /// <para type="description">Dockerfile instructions to apply to the image.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Change { get; set; }

    /// <summary>
    /// <para type="description">Does not pause the container while committing (docker commit --pause=false).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NoPause { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        string container = InputObject?.Id ?? Name;
        string display = InputObject?.Name ?? Name;
        if (!ShouldProcess($"container '{display}'", Reference is null ? "Commit to an untagged image" : $"Commit to image '{Reference}'"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            string id = await engine.Images.CommitAsync(container, new CommitContainerOptions
            {
                Reference = Reference,
                Comment = Message,
                Author = Author,
                Changes = Change,
                Pause = !NoPause,
            }, cancellationToken);
            IReadOnlyList<ImageSummary> images = await engine.Images.ListAsync(new ListImagesOptions { All = true }, cancellationToken);
            if (images.FirstOrDefault(i => i.Id == id) is { } image)
            {
                WriteObject(new ContainerImageInfo(image, ContextName, Endpoint.Url));
            }
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, display);
        }
    }
}
