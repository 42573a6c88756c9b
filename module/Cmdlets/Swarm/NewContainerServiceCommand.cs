using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Specs;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Creates a service in a Docker swarm, like docker service create.</para>
/// <para type="description">Creates a service that runs -Image as -Replicas tasks spread over the swarm's nodes
/// (replicated, the default) or one task on every node (-Mode Global), and writes the new service. The swarm starts
/// the tasks after the cmdlet returns: watch them with Get-ContainerServiceTask. The image is not pinned to a digest:
/// each node runs what it has or pulls. -Publish uses the routing mesh, so the port answers on every node. A name
/// already taken is a ServiceExists error (ResourceExists). The engine must be a swarm manager.</para>
/// </summary>
/// <example>
///   <code>New-ContainerService -Name web -Image nginx:alpine -Replicas 3 -Publish 8080:80</code>
///   <para>Runs three nginx tasks behind port 8080 on every node of the swarm.</para>
/// </example>
/// <example>
///   <code>New-ContainerService -Name agent -Image example/agent:1 -Mode Global -Environment @{ LOG_LEVEL = 'info' } -Label @{ team = 'ops' }</code>
///   <para>Runs one agent task on every node, with an environment variable and a service label.</para>
/// </example>
/// <example>
///   <code>New-ContainerService -Name pinger -Image busybox -Command 'sh', '-c', 'while true; do date; sleep 5; done'</code>
///   <para>Runs one task with a command of its own; Get-ContainerServiceLog pinger shows its output.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "ContainerService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ContainerServiceInfo))]
public sealed class NewContainerServiceCommand : SwarmCmdlet
{
    /// <summary>
    /// <para type="description">The service's name; without it the swarm makes one up.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>
    /// <para type="description">The image the tasks run.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Image { get; set; } = "";

    /// <summary>
    /// <para type="description">The command and its arguments, one array element each; without it the image's own command runs.</para>
    /// </summary>
    [Parameter(Position = 2)]
    [ValidateNotNullOrEmpty]
    public string[]? Command { get; set; }

    /// <summary>
    /// <para type="description">Overrides the image's entrypoint (docker service create --entrypoint).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Entrypoint { get; set; }

    /// <summary>
    /// <para type="description">How many tasks a replicated service runs. Default 1. Not allowed with -Mode Global.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long? Replicas { get; set; }

    /// <summary>
    /// <para type="description">Replicated (default): -Replicas tasks spread over the nodes. Global: one task on every node.</para>
    /// </summary>
    [Parameter]
    public ServiceMode Mode { get; set; } = ServiceMode.Replicated;

    /// <summary>
    /// <para type="description">Environment variables of the tasks, as a hashtable: @{ NAME = 'value' }.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Environment { get; set; }

    /// <summary>
    /// <para type="description">Labels of the service, as a hashtable: @{ key = 'value' }.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Label { get; set; }

    /// <summary>
    /// <para type="description">Labels of the tasks' containers, as a hashtable (docker service create --container-label).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? ContainerLabel { get; set; }

    /// <summary>
    /// <para type="description">Ports to publish through the routing mesh: 'published:target[/protocol]', e.g. '8080:80' or
    /// '53:53/udp'; a target alone ('80') lets the swarm pick the published port. No host address: the mesh listens on all.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Publish { get; set; }

    /// <summary>
    /// <para type="description">Gives the tasks a TTY (docker service create --tty).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Tty { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        CreateServiceOptions options;
        try
        {
            options = new CreateServiceOptions
            {
                Name = Name,
                Image = Image,
                Command = Command,
                Entrypoint = Entrypoint,
                Replicas = Replicas,
                Mode = Mode,
                Environment = HashtableParameters.ToStrings(Environment),
                Labels = HashtableParameters.ToStrings(Label),
                ContainerLabels = HashtableParameters.ToStrings(ContainerLabel),
                Ports = Publish?.SelectMany(PortSpec.Parse).ToArray(),
                Tty = Tty,
            };
            // Validate before asking: a contradiction is reported even under -WhatIf.
            ServicesClient.Validate(options);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Name ?? Image));
            return;
        }
        string what = Mode == ServiceMode.Global ? "global" : $"{Replicas ?? 1} replica(s)";
        if (!ShouldProcess($"service '{Name ?? "(generated name)"}' running {Image}, {what}", "Create"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            CreateServiceResult created = await engine.Services.CreateAsync(options, cancellationToken);
            foreach (string warning in created.Warnings)
            {
                WriteWarning(warning);
            }
            WriteObject(new ContainerServiceInfo(await engine.Services.InspectAsync(created.Id, cancellationToken), ContextName, Endpoint.Url));
        }
        catch (EngineConflictException e)
        {
            WriteError(new ErrorRecord(new InvalidOperationException($"A service named '{Name}' already exists at {Endpoint.Url}. {e.Message}", e),
                ErrorIds.ServiceExists, ErrorCategory.ResourceExists, Name));
        }
        catch (EngineApiException e) when (e.StatusCode == 500 && e.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            // API 1.41 daemons answer a taken name with a plain 500 rather than 409.
            WriteError(new ErrorRecord(new InvalidOperationException($"A service named '{Name}' already exists at {Endpoint.Url}. {e.Message}", e),
                ErrorIds.ServiceExists, ErrorCategory.ResourceExists, Name));
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteSwarmError(e, ErrorIds.ServiceNotFound, Name ?? Image);
        }
    }
}
