using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets volumes, like docker volume ls.</para>
/// <para type="description">Lists the volumes of a Docker engine as objects. -Name takes wildcards. Each volume says
/// which containers (running or stopped) use it in UsedBy; -Size adds the bytes each one holds (slower: the engine
/// walks every volume, as docker system df -v does).</para>
/// </summary>
/// <example>
///   <code>Get-ContainerVolume -Dangling</code>
///   <para>Lists the volumes no container uses.</para>
/// </example>
/// <example>
///   <code>Get-ContainerVolume -Size | Sort-Object Size -Descending | Select-Object -First 5 Name, Size, UsedBy</code>
///   <para>Shows the five biggest volumes and who uses them.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerVolume")]
[OutputType(typeof(ContainerVolumeInfo))]
public sealed class GetContainerVolumeCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Names of volumes to get. Wildcards are allowed; a name without wildcards that matches
    /// nothing is an ObjectNotFound error.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.VolumeNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Keeps only volumes that no container references.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Dangling { get; set; }

    /// <summary>
    /// <para type="description">Keeps volumes of this driver.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Driver { get; set; }

    /// <summary>
    /// <para type="description">Keeps volumes with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <summary>
    /// <para type="description">Also reports the bytes each volume holds (Size), from the engine's disk-usage report.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Size { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<VolumeSummary> volumes;
        IReadOnlyDictionary<string, string[]> users;
        IReadOnlyDictionary<string, long>? sizes = null;
        try
        {
            Task<IReadOnlyList<VolumeSummary>> listing = engine.Volumes.ListAsync(new ListVolumesOptions { Dangling = Dangling ? true : null, Driver = Driver, Labels = Label }, cancellationToken);
            Task<IReadOnlyDictionary<string, string[]>> usage = VolumeUsers.ByVolumeAsync(engine, cancellationToken);
            Task<IReadOnlyDictionary<string, long>>? sizing = Size ? ClearContainerVolumeCommand.VolumeSizesAsync(engine, cancellationToken) : null;
            volumes = await listing;
            users = await usage;
            if (sizing is not null)
            {
                sizes = await sizing;
            }
        }
        catch (Engine.Errors.EngineException e)
        {
            WriteEngineError(e, ErrorIds.VolumeNotFound, Name);
            return;
        }
        string context = ContextName;
        string host = Endpoint.Url;
        var patterns = new NamePatterns(Name);
        foreach (VolumeSummary volume in volumes.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            if (patterns.Matches([volume.Name]))
            {
                long? size = sizes is not null && sizes.TryGetValue(volume.Name, out long bytes) ? bytes : null;
                WriteObject(new ContainerVolumeInfo(volume, context, host, size) { UsedBy = VolumeUsers.Of(users, volume.Name) });
            }
        }
        foreach (string missing in patterns.UnmatchedLiterals())
        {
            WriteError(EngineErrors.NotFound(ErrorIds.VolumeNotFound, $"No volume named '{missing}' was found at {host}.", missing));
        }
    }
}
