using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Swarm;

/// <summary>
/// The swarm listings over several contexts at once (issue #8): a context made by New-ContainerContext for a swarm
/// manager of its own (tools/swarm-engine.sh) and the shared default engine, which is in no swarm. Each object carries
/// the context it came from; the engine that is no manager gives its one SwarmNotManager error, named by its context,
/// and does not stop the other. The docker CLI pointed at the swarm is the oracle.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class SwarmFanOutTests : IClassFixture<PowerShellSession>, IClassFixture<SwarmEngine>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly SwarmEngine _swarm;
    private readonly TestObjects _objects = new();
    private readonly string _config = Directory.CreateTempSubdirectory("ct-swarmfan-").FullName;

    public SwarmFanOutTests(PowerShellSession ps, SwarmEngine swarm)
    {
        _ps = ps;
        _swarm = swarm;
    }

    public void Dispose()
    {
        _swarm.RemoveServices(_objects.Label);
        _objects.Dispose();
        Directory.Delete(_config, recursive: true);
    }

    private PowerShellSession.Result Run(string script, params object[] arguments) => _ps.Run($$"""
        $env:DOCKER_CONFIG = '{{_config}}'
        try { {{script}} } finally { $env:DOCKER_CONFIG = $null }
        """, arguments);

    [Theory]
    [InlineData("Get-ContainerNode -Context default, ct-swarm", "GetContainerNodeCommand")]
    [InlineData("Get-ContainerSwarm -Context default, ct-swarm", "GetContainerSwarmCommand")]
    [InlineData("Get-ContainerService -Context default, ct-swarm -Label $args[0]", "GetContainerServiceCommand")]
    public void EachContextAnswersForItselfAndTheEngineInNoSwarmIsOneErrorNamedByItsContext(string listing, string type)
    {
        Run("New-ContainerContext ct-swarm -DockerHost $args[0]", _swarm.UnixSocket).AssertNoErrors();
        string service = _objects.Name("fan");
        _swarm.Cli("service", "create", "--detach", "--name", service, "--label", _objects.Label, TestObjects.Image, "sleep", "3600");

        PowerShellSession.Result result = Run(listing, _objects.Label);

        Assert.Null(result.Terminating);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal($"SwarmNotManager,Containers.{type}", error.FullyQualifiedErrorId);
        Assert.StartsWith("Context 'default': ", error.ErrorDetails.Message, StringComparison.Ordinal);
        PSObject answer = Assert.Single(result.Output);
        Assert.Equal("ct-swarm", (string)answer.Properties["Context"].Value);
        Assert.EndsWith("#Contexts", answer.TypeNames[0], StringComparison.Ordinal);
        string expectedId = answer.BaseObject switch
        {
            ContainerNodeInfo => _swarm.Cli("info", "--format", "{{.Swarm.NodeID}}"),
            ContainerSwarmInfo => _swarm.Cli("info", "--format", "{{.Swarm.Cluster.ID}}"),
            _ => _swarm.Cli("service", "inspect", service, "--format", "{{.ID}}"),
        };
        Assert.Equal(expectedId, (string)answer.Properties["Id"].Value);
    }
}
