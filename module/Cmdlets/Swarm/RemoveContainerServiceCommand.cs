using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes swarm services, like docker service rm.</para>
/// <para type="description">Removes each service named or piped in, asking first; the swarm then stops and removes its
/// tasks on every node. An unknown name is a ServiceNotFound error (ObjectNotFound) and the other services are still
/// removed. Names are literal (no wildcards): pipe from Get-ContainerService to remove by pattern. The engine must be a
/// swarm manager.</para>
/// </summary>
/// <example>
///   <code>Remove-ContainerService web</code>
///   <para>Removes the service web after confirmation.</para>
/// </example>
/// <example>
///   <code>Get-ContainerService test-* | Remove-ContainerService -Confirm:$false</code>
///   <para>Removes every service whose name starts with test-, without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "ContainerService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByName)]
[OutputType(typeof(void))]
public sealed class RemoveContainerServiceCommand : SwarmCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Names or ids of the services to remove (literal, no wildcards).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ServiceNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Services from Get-ContainerService.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerServiceInfo[] InputObject { get; set; } = [];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach ((string reference, string display) in ServiceTargets(Name, InputObject, ParameterSetName == ByObject))
        {
            try
            {
                Engine.Models.ServiceSummary service = await engine.Services.InspectAsync(reference, cancellationToken);
                if (!ShouldProcess($"service '{service.Name}' ({DisplayFormat.ShortId(service.Id)}) and its tasks", "Remove"))
                {
                    continue;
                }
                await engine.Services.RemoveAsync(service.Id, cancellationToken);
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteServiceError(e, display);
            }
        }
    }
}
