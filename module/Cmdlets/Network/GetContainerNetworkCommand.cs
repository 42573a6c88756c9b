using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets networks, like docker network ls and docker network inspect.</para>
/// <para type="description">Lists the networks of a Docker engine as objects, each with its subnets and the containers
/// attached to it. -Name takes wildcards; -Id takes full ids or unique prefixes.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerNetwork</code>
///   <para>Lists every network, like docker network ls.</para>
/// </example>
/// <example>
///   <code>Get-ContainerNetwork app-* | Select-Object Name, Subnet, ContainerNames</code>
///   <para>Shows the subnets and members of the networks whose names start with app-.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerNetwork", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerNetworkInfo))]
public sealed class GetContainerNetworkCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);

    /// <summary>
    /// <para type="description">Names of networks to get. Wildcards are allowed; a name without wildcards that matches nothing is an
    /// ObjectNotFound error.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Position = 0, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.NetworkNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Ids of networks to get: the full id or a unique prefix.</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>
    /// <para type="description">Keeps networks of this driver (bridge, overlay, macvlan, …).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Driver { get; set; }

    /// <summary>
    /// <para type="description">Keeps networks with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<NetworkDetails> networks;
        try
        {
            networks = await engine.Networks.ListAsync(new ListNetworksOptions { Driver = Driver, Labels = Label }, cancellationToken);
        }
        catch (Engine.Errors.EngineException e)
        {
            WriteEngineError(e, ErrorIds.NetworkNotFound, Name ?? Id);
            return;
        }
        string host = Endpoint.Url;
        var selected = new List<NetworkDetails>();
        if (ParameterSetName == ById)
        {
            foreach (string id in Id!)
            {
                NetworkDetails[] found = Ids.Find(networks, n => n.Id, id);
                if (found.Length == 1)
                {
                    selected.Add(found[0]);
                }
                else
                {
                    WriteError(found.Length == 0
                        ? EngineErrors.NotFound(ErrorIds.NetworkNotFound, $"No network with id '{id}' was found at {host}.", id)
                        : new ErrorRecord(new ArgumentException($"The id prefix '{id}' matches {found.Length} networks; give more digits."), ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, id));
                }
            }
        }
        else
        {
            var patterns = new NamePatterns(Name);
            selected.AddRange(networks.Where(n => patterns.Matches([n.Name])));
            foreach (string missing in patterns.UnmatchedLiterals())
            {
                WriteError(EngineErrors.NotFound(ErrorIds.NetworkNotFound, $"No network named '{missing}' was found at {host}.", missing));
            }
        }
        NetworkDetails[] detailed;
        try
        {
            detailed = await NetworkLookup.InspectAllAsync(engine, selected, cancellationToken);
        }
        catch (Engine.Errors.EngineException e)
        {
            WriteEngineError(e, ErrorIds.NetworkNotFound, Name ?? Id);
            return;
        }
        foreach (NetworkDetails network in detailed)
        {
            WriteObject(new ContainerNetworkInfo(network, network.Containers, ContextName, host));
        }
    }
}
