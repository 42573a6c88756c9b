using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the layers of an image, like docker history.</para>
/// <para type="description">Lists the layers of each image, newest first, with the instruction that made each one,
/// its size in bytes and when it was made. An unknown image is an ObjectNotFound error; the others go on.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerImageHistory containers-test/busybox:latest | Where-Object Size -gt 0</code>
///   <para>Shows the layers of the test image that add files.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerImageHistory", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerImageHistoryInfo))]
public sealed class GetContainerImageHistoryCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);

    /// <summary>
    /// <para type="description">References or ids of the images.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("Reference")]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Image ids (binds from the Id of Get-ContainerImage's objects).</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string image in ParameterSetName == ById ? Id : Name)
        {
            try
            {
                IReadOnlyList<ImageHistoryItem> history = await engine.Images.HistoryAsync(image, cancellationToken);
                foreach (ImageHistoryItem item in history)
                {
                    WriteObject(new ContainerImageHistoryInfo(image, item));
                }
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteEngineError(e, ErrorIds.ImageNotFound, image);
            }
        }
    }
}
