using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Creates a volume, like docker volume create.</para>
/// <para type="description">Creates a named volume (or, without -Name, an anonymous one with a generated name) and
/// writes it to the pipeline. Unlike docker volume create, an existing name is an error (ResourceExists) rather than
/// silently returning the existing volume and its data.</para>
/// </summary>
/// <example>
///   <code>New-ContainerVolume -Name data -Label @{ app = 'web' }</code>
///   <para>Creates the volume 'data' with a label.</para>
/// </example>
/// <example>
///   <code>New-ContainerVolume -Name scratch -DriverOption @{ type = 'tmpfs'; device = 'tmpfs'; o = 'size=64m' }</code>
///   <para>Creates a volume kept in memory by the local driver.</para>
/// </example>
/// <example>
///   <code>New-ContainerVolume -Name example-cache | Select-Object Name, Driver, Mountpoint; Remove-ContainerVolume example-cache -Confirm:$false</code>
///   <para>Creates a volume, shows where the engine keeps its data, and removes it again.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "ContainerVolume", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerVolumeInfo))]
public sealed class NewContainerVolumeCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Names of the volumes to create. Without it, one volume with a generated name is created.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">The volume driver. Default: local.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Driver { get; set; }

    /// <summary>
    /// <para type="description">Driver options (docker volume create --opt), e.g. @{ type = 'nfs'; o = 'addr=10.0.0.1'; device = ':/export' }.</para>
    /// </summary>
    [Parameter]
    public Hashtable? DriverOption { get; set; }

    /// <summary>
    /// <para type="description">Labels to set, e.g. @{ app = 'web' }.</para>
    /// </summary>
    [Parameter]
    public Hashtable? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string? name in Name is { Length: > 0 } ? Name : new string?[] { null })
        {
            await CreateAsync(engine, name, cancellationToken);
        }
    }

    private async Task CreateAsync(EngineClient engine, string? name, CancellationToken cancellationToken)
    {
        if (!ShouldProcess(name is null ? "a volume with a generated name" : $"volume '{name}'", "Create"))
        {
            return;
        }
        try
        {
            if (name is not null && await ExistsAsync(engine, name, cancellationToken))
            {
                WriteError(new ErrorRecord(new InvalidOperationException($"A volume named '{name}' already exists at {Endpoint.Url}; its data was left as it is."),
                    ErrorIds.VolumeExists, ErrorCategory.ResourceExists, name));
                return;
            }
            VolumeSummary created = await engine.Volumes.CreateAsync(new CreateVolumeOptions
            {
                Name = name,
                Driver = Driver,
                DriverOptions = HashtableParameters.ToStrings(DriverOption),
                Labels = HashtableParameters.ToStrings(Label),
            }, cancellationToken);
            WriteObject(new ContainerVolumeInfo(created, ContextName, Endpoint.Url));
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.VolumeNotFound, name);
        }
    }

    private static async Task<bool> ExistsAsync(EngineClient engine, string name, CancellationToken cancellationToken)
    {
        try
        {
            await engine.Volumes.InspectAsync(name, cancellationToken);
            return true;
        }
        catch (EngineNotFoundException)
        {
            return false;
        }
    }
}
