using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes networks, like docker network rm.</para>
/// <para type="description">Removes each network, asking first (ConfirmImpact High). A network with containers attached is
/// not removed: the cmdlet writes a NetworkInUse error naming them and goes on with the next network. The predefined
/// bridge, host and none networks are refused. An unknown name or id is a NetworkNotFound error.</para>
/// </summary>
/// <example>
///   <code>Remove-ContainerNetwork backend</code>
///   <para>Removes the network 'backend' after confirmation.</para>
/// </example>
/// <example>
///   <code>Get-ContainerNetwork -Label app=shop | Remove-ContainerNetwork -Confirm:$false</code>
///   <para>Removes the shop's networks without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "ContainerNetwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByName)]
[OutputType(typeof(void))]
public sealed class RemoveContainerNetworkCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Names, ids or unique id prefixes of the networks to remove (no wildcards).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("NetworkName", "Id", "NetworkId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.NetworkNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Networks from Get-ContainerNetwork or New-ContainerNetwork.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    public ContainerNetworkInfo[] InputObject { get; set; } = [];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        string[] targets = ParameterSetName == ByObject ? InputObject.Select(n => n.Id).ToArray() : Name;
        foreach (string target in targets)
        {
            await RemoveAsync(engine, target, cancellationToken);
        }
    }

    private async Task RemoveAsync(EngineClient engine, string target, CancellationToken cancellationToken)
    {
        NetworkDetails network;
        try
        {
            network = await engine.Networks.InspectAsync(target, cancellationToken);
        }
        catch (EngineNotFoundException)
        {
            WriteError(EngineErrors.NotFound(ErrorIds.NetworkNotFound, $"No network named or with id '{target}' was found at {Endpoint.Url}.", target));
            return;
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.NetworkNotFound, target);
            return;
        }
        if (network.IsPredefined)
        {
            WriteError(new ErrorRecord(new InvalidOperationException($"'{network.Name}' is a predefined network; the engine owns it and it cannot be removed."),
                ErrorIds.NetworkIsPredefined, ErrorCategory.InvalidOperation, target));
            return;
        }
        if (network.Containers.Count > 0)
        {
            WriteInUse(network, null);
            return;
        }
        if (!ShouldProcess(NetworkLookup.Describe(network), "Remove"))
        {
            return;
        }
        try
        {
            await engine.Networks.RemoveAsync(network.Id, cancellationToken);
        }
        catch (EngineNotFoundException)
        {
            WriteError(EngineErrors.NotFound(ErrorIds.NetworkNotFound, $"Network '{network.Name}' was removed by someone else meanwhile.", target));
        }
        catch (Exception e) when (e is EngineConflictException or EngineAuthException)
        {
            // 403/409: a container attached between the check and the call. Name it.
            NetworkDetails now = await engine.Networks.InspectAsync(network.Id, cancellationToken);
            WriteInUse(now, e);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.NetworkNotFound, target);
        }
    }

    private void WriteInUse(NetworkDetails network, Exception? inner)
    {
        string who = network.Containers.Count > 0 ? "container(s) " + string.Join(", ", network.Containers.Select(c => $"'{c.Name}'")) : "containers";
        var error = new InvalidOperationException($"Network '{network.Name}' has {who} attached; it was not removed. Disconnect or remove them first.", inner);
        WriteError(new ErrorRecord(error, ErrorIds.NetworkInUse, ErrorCategory.ResourceBusy, network.Name));
    }
}
