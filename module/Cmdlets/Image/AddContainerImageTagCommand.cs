using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Adds tags to an image, like docker tag.</para>
/// <para type="description">Gives the image each of the -Tag references (repository[:tag], 'latest' when no tag). A tag
/// already on another image moves to this one, as with docker tag. An unknown image is an ObjectNotFound error.</para>
/// </summary>
/// <example>
///   <code>Add-ContainerImageTag containers-test/busybox:latest -Tag 127.0.0.1:5000/team/busybox:1</code>
///   <para>Tags the image for a push to the registry on port 5000 of this machine.</para>
/// </example>
[Cmdlet(VerbsCommon.Add, "ContainerImageTag", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerImageInfo))]
public sealed class AddContainerImageTagCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);

    /// <summary>
    /// <para type="description">The image to tag: a reference (repository:tag) or an id.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("Reference")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The image's id (binds from the Id of Get-ContainerImage's objects).</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Id { get; set; } = "";

    /// <summary>
    /// <para type="description">The new references: [registry/]repository[:tag].</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[] Tag { get; set; } = [];

    /// <summary>
    /// <para type="description">Outputs the image with its new tags.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        string source = ParameterSetName == ById ? Id : Name;
        EngineClient engine = await GetEngineAsync(cancellationToken);
        bool tagged = false;
        foreach (string tag in Tag)
        {
            if (!ShouldProcess($"image '{source}'", $"Tag as '{tag}'"))
            {
                continue;
            }
            try
            {
                await engine.Images.TagAsync(source, tag, cancellationToken);
                tagged = true;
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteEngineError(e, ErrorIds.ImageNotFound, source);
                if (e is EngineNotFoundException)
                {
                    return;
                }
            }
        }
        if (PassThru && tagged)
        {
            ImageReference added = ImageReference.Parse(Tag[0]);
            string addedTag = added.Repository + ":" + (added.Tag ?? "latest");
            IReadOnlyList<ImageSummary> images = await engine.Images.ListAsync(new ListImagesOptions { References = [addedTag] }, cancellationToken);
            foreach (ImageSummary image in images)
            {
                WriteObject(new ContainerImageInfo(image, ContextName, Endpoint.Url, addedTag));
            }
        }
    }
}
