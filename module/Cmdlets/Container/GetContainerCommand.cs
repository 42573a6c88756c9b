using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets containers, like docker ps.</para>
/// <para type="description">Lists the containers of a Docker engine as objects. Without parameters it lists running
/// containers; -All adds stopped ones. -Name (wildcards allowed) and -Id look at every container, whatever its state.</para>
/// </summary>
/// <example>
///   <code>Get-Container -All</code>
///   <para>Lists every container, like docker ps -a.</para>
/// </example>
/// <example>
///   <code>Get-Container -Status exited | Remove-Container</code>
///   <para>Removes every stopped container.</para>
/// </example>
/// <example>
///   <code>Get-Container web -Detailed | Select-Object Name, Health, RestartPolicy, MemoryBytes, Environment</code>
///   <para>Shows the full details of one container, like docker inspect, as an object.</para>
/// </example>
/// <example>
///   <code>Get-Container web* | Select-Object Name, State, Ports</code>
///   <para>Shows the ports of the containers whose names start with web.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Container", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo), typeof(ContainerDetailInfo))]
public sealed class GetContainerCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);

    /// <summary>
    /// <para type="description">Names of containers to get. Wildcards are allowed; a name without wildcards that matches
    /// nothing is an ObjectNotFound error. Searches stopped containers too.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Position = 0, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Ids of containers to get: the full id or a unique prefix, as docker accepts.</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>
    /// <para type="description">Lists stopped containers too (docker ps -a).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// <para type="description">Keeps containers in these states. Looks at stopped containers too.</para>
    /// </summary>
    [Parameter]
    [ValidateSet("created", "restarting", "running", "removing", "paused", "exited", "dead", IgnoreCase = true)]
    public string[]? Status { get; set; }

    /// <summary>
    /// <para type="description">Keeps containers with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <summary>
    /// <para type="description">Also computes SizeRw and SizeRootFs (slower: the engine walks each file system).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Size { get; set; }

    /// <summary>
    /// <para type="description">Writes the full details of each container (docker inspect): configuration, limits, state, health.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        bool lookup = Name is { Length: > 0 } || Id is { Length: > 0 };
        var options = new ListContainersOptions
        {
            All = All || lookup,
            Statuses = Status?.Select(s => s.ToLowerInvariant()).ToArray(),
            Labels = Label,
            Size = Size,
        };
        IReadOnlyList<ContainerSummary> containers;
        try
        {
            containers = await engine.Containers.ListAsync(options, cancellationToken);
        }
        catch (Exception e) when (e is Engine.Errors.EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, Name ?? Id);
            return;
        }
        string context = ContextName;
        string host = Endpoint.Url;
        if (ParameterSetName == ById)
        {
            await WriteByIdAsync(engine, containers, context, host, cancellationToken);
            return;
        }
        var patterns = new NamePatterns(Name);
        foreach (ContainerSummary container in containers)
        {
            if (patterns.Matches(container.Names))
            {
                await WriteContainerAsync(engine, container, context, host, cancellationToken);
            }
        }
        foreach (string missing in patterns.UnmatchedLiterals())
        {
            WriteError(EngineErrors.NotFound(ErrorIds.ContainerNotFound, $"No container named '{missing}' was found at {host}.", missing));
        }
    }

    private async Task WriteContainerAsync(EngineClient engine, ContainerSummary container, string context, string host, CancellationToken cancellationToken)
    {
        if (!Detailed)
        {
            WriteObject(new ContainerInfo(container, context, host));
            return;
        }
        try
        {
            WriteObject(new ContainerDetailInfo(await engine.Containers.InspectAsync(container.Id, cancellationToken), context, host));
        }
        catch (Engine.Errors.EngineNotFoundException e)
        {
            // Removed between the listing and the inspect.
            WriteEngineError(e, ErrorIds.ContainerNotFound, container.Names.FirstOrDefault() ?? container.Id);
        }
    }

    private async Task WriteByIdAsync(EngineClient engine, IReadOnlyList<ContainerSummary> containers, string context, string host, CancellationToken cancellationToken)
    {
        foreach (string id in Id!)
        {
            ContainerSummary[] found = Ids.Find(containers, c => c.Id, id);
            if (found.Length == 1)
            {
                await WriteContainerAsync(engine, found[0], context, host, cancellationToken);
            }
            else if (found.Length == 0)
            {
                WriteError(EngineErrors.NotFound(ErrorIds.ContainerNotFound, $"No container with id '{id}' was found at {host}.", id));
            }
            else
            {
                WriteError(new ErrorRecord(
                    new ArgumentException($"The id prefix '{id}' matches {found.Length} containers; give more digits."),
                    ErrorIds.ContainerIdAmbiguous, ErrorCategory.InvalidArgument, id));
            }
        }
    }
}
