using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Changes the resource limits or restart policy of containers, like docker update.</para>
/// <para type="description">Applies new memory, CPU, process limits or a new restart policy to running or stopped
/// containers without recreating them. Only the parameters given change.</para>
/// </summary>
/// <example>
///   <code>Get-Container -Label tier=web | Set-Container -Memory 1GB -Cpus 2 -RestartPolicy always</code>
///   <para>Raises the limits of the web containers and makes them restart always.</para>
/// </example>
[Cmdlet(VerbsCommon.Set, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class SetContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Memory limit: bytes (512MB) or docker units ('512m').</para>
    /// </summary>
    [Parameter]
    [ByteSizeTransformation]
    [ValidateRange(6291456L, long.MaxValue)]
    public long? Memory { get; set; }

    /// <summary>
    /// <para type="description">Memory plus swap: bytes or docker units; -1 for unlimited swap.</para>
    /// </summary>
    [Parameter]
    [ByteSizeTransformation]
    public long? MemorySwap { get; set; }

    /// <summary>
    /// <para type="description">CPU limit in CPUs, e.g. 1.5.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0.01, 1024.0)]
    public double? Cpus { get; set; }

    /// <summary>
    /// <para type="description">Relative CPU weight (default 1024).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(2L, 262144L)]
    public long? CpuShares { get; set; }

    /// <summary>
    /// <para type="description">The most processes the container may run; -1 for no limit.</para>
    /// </summary>
    [Parameter]
    public long? PidsLimit { get; set; }

    /// <summary>
    /// <para type="description">The restart policy: no, always, unless-stopped, on-failure or on-failure:N.</para>
    /// </summary>
    [Parameter]
    [ValidateSpec(SpecKind.RestartPolicy)]
    [ArgumentCompleter(typeof(Completers.RestartPolicyCompleter))]
    public string? RestartPolicy { get; set; }

    /// <summary>
    /// <para type="description">Writes each changed container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => "Update";

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        var options = new UpdateContainerOptions
        {
            MemoryBytes = Memory,
            MemorySwapBytes = MemorySwap,
            Cpus = Cpus,
            CpuShares = CpuShares,
            PidsLimit = PidsLimit,
            RestartPolicy = RestartPolicy is null ? null : Engine.Specs.RestartPolicy.Parse(RestartPolicy),
        };
        IReadOnlyList<string> warnings = await engine.Containers.UpdateAsync(target.Reference, options, cancellationToken).ConfigureAwait(false);
        ContainerInfo? updated = PassThru ? await ListOneAsync(engine, target.Reference, cancellationToken).ConfigureAwait(false) : null;
        return new UpdateOutcome(warnings, updated);
    }

    /// <inheritdoc />
    protected override void WriteResult(ContainerTarget target, object? result)
    {
        if (result is UpdateOutcome outcome)
        {
            foreach (string warning in outcome.Warnings)
            {
                WriteWarning($"{target.Describe()}: {warning}");
            }
            if (outcome.Container is not null)
            {
                WriteObject(outcome.Container);
            }
        }
    }

    private sealed record UpdateOutcome(IReadOnlyList<string> Warnings, ContainerInfo? Container);
}
