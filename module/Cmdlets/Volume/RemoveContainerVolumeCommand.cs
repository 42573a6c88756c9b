using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes volumes and their data, like docker volume rm.</para>
/// <para type="description">Removes each named volume, asking first (ConfirmImpact High). A volume that any container
/// uses, running or stopped, is never removed: the cmdlet writes a VolumeInUse error naming those containers and
/// goes on with the next volume. An unknown name is a VolumeNotFound error; the other volumes are still removed.
/// Names are literal (no wildcards), so a typo can never match more than intended.</para>
/// </summary>
/// <example>
///   <code>Remove-ContainerVolume -Name data</code>
///   <para>Removes the volume 'data' after confirmation.</para>
/// </example>
/// <example>
///   <code>Get-ContainerVolume -Label app=old | Remove-ContainerVolume -Confirm:$false</code>
///   <para>Removes every volume labelled app=old that no container uses, without asking.</para>
/// </example>
/// <example>
///   <code>Remove-ContainerVolume data, cache -WhatIf</code>
///   <para>Shows which volumes would be removed, and reports those in use.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "ContainerVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByName)]
[OutputType(typeof(void))]
public sealed class RemoveContainerVolumeCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Names of the volumes to remove (literal, no wildcards).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("VolumeName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.VolumeNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Volumes from Get-ContainerVolume or New-ContainerVolume.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public ContainerVolumeInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">Passes the engine's force flag (docker volume rm -f): forget the volume even when its driver fails to
    /// remove it. It does not remove a volume a container uses; nothing does.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        string[] names = ParameterSetName == ByObject ? InputObject.Select(v => v.Name).ToArray() : Name;
        foreach (string name in names)
        {
            await RemoveAsync(engine, name, cancellationToken);
        }
    }

    private async Task RemoveAsync(EngineClient engine, string name, CancellationToken cancellationToken)
    {
        try
        {
            // Look first: an unknown name is reported as such, and an in-use volume is refused with the
            // containers named, before anyone is asked to confirm.
            await engine.Volumes.InspectAsync(name, cancellationToken);
            string[] users = VolumeUsers.Of(await VolumeUsers.ByVolumeAsync(engine, cancellationToken), name);
            if (users.Length > 0)
            {
                WriteInUse(name, users, null);
                return;
            }
            if (!ShouldProcess($"volume '{name}'", "Remove"))
            {
                return;
            }
            await engine.Volumes.RemoveAsync(name, new RemoveVolumeOptions { Force = Force }, cancellationToken);
        }
        catch (EngineConflictException e)
        {
            // A container started using it between the check and the call: the engine refused, the data is intact.
            WriteInUse(name, VolumeUsers.Of(await VolumeUsers.ByVolumeAsync(engine, cancellationToken), name), e);
        }
        catch (EngineNotFoundException e)
        {
            WriteError(EngineErrors.NotFound(ErrorIds.VolumeNotFound, $"No volume named '{name}' was found at {Endpoint.Url}. {e.Message}", name));
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.VolumeNotFound, name);
        }
    }

    private void WriteInUse(string name, string[] users, Exception? inner)
    {
        string who = users.Length > 0 ? "container(s) " + string.Join(", ", users.Select(u => $"'{u}'")) : "a container";
        var error = new InvalidOperationException($"Volume '{name}' is in use by {who}; it was not removed. Remove those containers first.", inner);
        WriteError(new ErrorRecord(error, ErrorIds.VolumeInUse, ErrorCategory.ResourceBusy, name)
        {
            ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = "Remove the containers using the volume (Remove-Container), then remove the volume." },
        });
    }
}
