using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Tests whether the Docker engine answers, which API version it speaks and how fast.</para>
/// <para type="description">Pings the engine the parameters and environment point at and reports Reachable, the API version
/// in use, the engine's newest API version and the round-trip latency. It never fails for an engine that cannot be
/// reached: it returns Reachable = $false with the reason (no socket, permission denied, refused, timeout, …).
/// -Quiet returns only $true or $false, like Test-Connection -Quiet.</para>
/// </summary>
/// <example>
///   <code>Test-ContainerEngine</code>
///   <para>Shows whether the local engine answers and its latency.</para>
/// </example>
/// <example>
///   <code>if (-not (Test-ContainerEngine -Quiet)) { Write-Warning 'Start Docker first.' }</code>
///   <para>Checks for an engine in a script.</para>
/// </example>
/// <example>
///   <code>Test-ContainerEngine -DockerHost tcp://build01:2375 | Select-Object Reachable, Reason</code>
///   <para>Tests a remote engine and says why it cannot be reached.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Test, "ContainerEngine")]
[OutputType(typeof(ContainerEngineTestResult), typeof(bool))]
public sealed class TestContainerEngineCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Returns only $true (reachable) or $false.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <summary>
    /// <para type="description">How long to wait for the engine's answer, in seconds. Default: 5.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 300)]
    public int TimeoutSeconds { get; set; } = 5;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        DockerEndpoint endpoint = Endpoint;
        ContainerEngineTestResult result;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(TimeoutSeconds));
            EngineClient engine = await EngineConnections.GetAsync(endpoint, deadline.Token);
            // A fresh ping on the module's pooled connection: what later cmdlets will see.
            PingResult ping = await engine.System.PingAsync(TimeSpan.FromSeconds(TimeoutSeconds), cancellationToken);
            result = new ContainerEngineTestResult
            {
                Reachable = true,
                DockerHost = endpoint.Url,
                Context = ContextName,
                ApiVersion = engine.ApiVersion.ToString(),
                ServerApiVersion = ping.ServerApiVersion?.ToString() ?? "",
                OSType = ping.OsType ?? "",
                Latency = ping.Latency,
            };
        }
        catch (EngineUnreachableException e)
        {
            result = Unreachable(endpoint, e.Message, e.Reason);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = Unreachable(endpoint, $"Cannot connect to the Docker engine at {endpoint}: no answer within {TimeoutSeconds} s.", UnreachableReason.Timeout);
        }
        catch (EngineException e)
        {
            result = Unreachable(endpoint, e.Message, UnreachableReason.Other);
        }
        WriteVerbose(result.Reachable ? $"{endpoint.Url} answered in {result.LatencyMilliseconds:0.0} ms (API {result.ApiVersion})." : result.Reason);
        WriteObject(Quiet ? result.Reachable : result);
    }

    private ContainerEngineTestResult Unreachable(DockerEndpoint endpoint, string reason, UnreachableReason kind) => new()
    {
        Reachable = false,
        DockerHost = endpoint.Url,
        Context = ContextName,
        Reason = reason,
        ReasonKind = kind,
    };
}
