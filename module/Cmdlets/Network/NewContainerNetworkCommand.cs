using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Creates a network, like docker network create.</para>
/// <para type="description">Creates a network and writes it to the pipeline. Without -Subnet the engine picks an address
/// pool; -Gateway and -IPRange need -Subnet. A name already taken is a NetworkExists error (ResourceExists).</para>
/// </summary>
/// <example>
///   <code>New-ContainerNetwork -Name backend -Subnet 172.28.0.0/16 -Gateway 172.28.0.1 -Label @{ app = 'shop' }</code>
///   <para>Creates a bridge network with a chosen subnet and gateway.</para>
/// </example>
/// <example>
///   <code>New-ContainerNetwork -Name isolated -Internal</code>
///   <para>Creates a network whose containers cannot reach outside networks.</para>
/// </example>
/// <example>
///   <code>New-ContainerNetwork -Name example-net -Internal | Select-Object Name, Driver, Internal; Remove-ContainerNetwork example-net -Confirm:$false</code>
///   <para>Creates an internal network, shows its driver, and removes it again.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "ContainerNetwork", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerNetworkInfo))]
public sealed class NewContainerNetworkCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">The network's name.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The driver: bridge (default), overlay, macvlan, ipvlan, or a plugin.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Driver { get; set; }

    /// <summary>
    /// <para type="description">The subnet in CIDR notation, e.g. 172.28.0.0/16. Default: the engine picks one.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Subnet { get; set; }

    /// <summary>
    /// <para type="description">The gateway address inside -Subnet. Default: the engine picks the first address.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Gateway { get; set; }

    /// <summary>
    /// <para type="description">The sub-range (CIDR) of -Subnet that containers get addresses from. Default: the whole subnet.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? IPRange { get; set; }

    /// <summary>
    /// <para type="description">Restricts external access: containers on the network cannot reach outside it.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Internal { get; set; }

    /// <summary>
    /// <para type="description">Lets standalone containers attach to a swarm (overlay) network.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Attachable { get; set; }

    /// <summary>
    /// <para type="description">Enables IPv6 on the network.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter IPv6 { get; set; }

    /// <summary>
    /// <para type="description">Driver options (docker network create --opt), e.g. @{ 'com.docker.network.bridge.name' = 'br-app' }.</para>
    /// </summary>
    [Parameter]
    public Hashtable? DriverOption { get; set; }

    /// <summary>
    /// <para type="description">Labels to set, e.g. @{ app = 'shop' }.</para>
    /// </summary>
    [Parameter]
    public Hashtable? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if ((Gateway is not null || IPRange is not null) && Subnet is null)
        {
            WriteError(new ErrorRecord(new ArgumentException("-Gateway and -IPRange need -Subnet."), ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Name));
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        if (!ShouldProcess($"network '{Name}'", "Create"))
        {
            return;
        }
        try
        {
            CreateNetworkResult created = await engine.Networks.CreateAsync(new CreateNetworkOptions
            {
                Name = Name,
                Driver = Driver,
                Subnet = Subnet,
                Gateway = Gateway,
                IPRange = IPRange,
                Internal = Internal,
                Attachable = Attachable,
                EnableIPv6 = IPv6,
                DriverOptions = HashtableParameters.ToStrings(DriverOption),
                Labels = HashtableParameters.ToStrings(Label),
            }, cancellationToken);
            if (created.Warning is not null)
            {
                WriteWarning(created.Warning);
            }
            NetworkDetails network = await engine.Networks.InspectAsync(created.Id, cancellationToken);
            WriteObject(new ContainerNetworkInfo(network, network.Containers, ContextName, Endpoint.Url));
        }
        catch (EngineConflictException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.NetworkExists, ErrorCategory.ResourceExists, Name));
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.NetworkNotFound, Name);
        }
    }
}
