using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// Base of Connect- and Disconnect-ContainerNetwork: one network, many containers from the parameter or the pipeline,
/// each asked about (-WhatIf/-Confirm) and changed on its own, so that an unknown container or network is an error for
/// that container and the others are still changed.
/// </summary>
public abstract class NetworkMembershipCmdlet : ContainersCmdlet
{
    private readonly string _operation;
    private readonly string _preposition;

    /// <param name="operation">What -WhatIf calls the change ("Connect").</param>
    /// <param name="preposition">How the container relates to the network in that message ("to").</param>
    protected NetworkMembershipCmdlet(string operation, string preposition)
    {
        _operation = operation;
        _preposition = preposition;
    }

    /// <summary>
    /// <para type="description">The network: name, id or unique id prefix.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("NetworkName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.NetworkNameCompleter))]
    public string Network { get; set; } = "";

    /// <summary>
    /// <para type="description">The containers: names, ids or unique id prefixes. Binds ContainerId (and Id) from piped containers.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ContainerId", "ContainerName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string[] Container { get; set; } = [];

    /// <summary>The change itself, for one container.</summary>
    protected abstract Task ChangeAsync(EngineClient engine, string container, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string container in Container)
        {
            if (!ShouldProcess($"container '{container}' {_preposition} network '{Network}'", _operation))
            {
                continue;
            }
            try
            {
                await ChangeAsync(engine, container, cancellationToken);
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                if (NetworkErrors.ToRecord(e, Network, container) is { } record)
                {
                    WriteError(record);
                }
                else
                {
                    WriteEngineError(e, ErrorIds.NetworkConnectFailed, container);
                }
            }
        }
    }
}
