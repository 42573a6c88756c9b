using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Swarm;

/// <summary>
/// Initialize-, Get- and Exit-ContainerSwarm against a dockerd of their own that starts in no swarm (issue #8), reached
/// with -DockerHost. The shared default engine is never made a swarm node: only the not-joined errors are checked on it.
/// The docker CLI pointed at the same engine is the oracle for every change of state.
/// </summary>
public sealed class SwarmMembershipTests : IClassFixture<PowerShellSession>, IClassFixture<UnjoinedEngine>
{
    private readonly PowerShellSession _ps;
    private readonly SwarmEngine _engine;

    public SwarmMembershipTests(PowerShellSession ps, UnjoinedEngine engine)
    {
        _ps = ps;
        _engine = engine.Engine;
    }

    private PowerShellSession.Result Run(string script) => _ps.Run($"$h = '{_engine.UnixSocket}'\n" + script);

    private string NodeState() => _engine.Cli("info", "--format", "{{.Swarm.LocalNodeState}}");

    [Fact]
    public void InitializesAsTheCliSeesItRefusesASecondInitAndLeavesOnlyWithForceAndConsent()
    {
        Assert.Equal("inactive", NodeState());
        Run("Initialize-ContainerSwarm -DockerHost $h -AdvertiseAddress 127.0.0.1 -WhatIf").AssertNoErrors();
        Assert.Equal("inactive", NodeState());

        ContainerSwarmInfo made = Assert.Single(Run("Initialize-ContainerSwarm -DockerHost $h -AdvertiseAddress 127.0.0.1 -Confirm:$false")
            .AssertNoErrors().Objects<ContainerSwarmInfo>());
        Assert.Equal("active", NodeState());
        Assert.Equal(_engine.Cli("info", "--format", "{{.Swarm.Cluster.ID}}"), made.Id);
        Assert.Equal(_engine.Cli("info", "--format", "{{.Swarm.NodeID}}"), made.NodeId);
        Assert.Equal(_engine.UnixSocket, made.DockerHost);
        ContainerSwarmInfo read = Assert.Single(Run("Get-ContainerSwarm -DockerHost $h").AssertNoErrors().Objects<ContainerSwarmInfo>());
        Assert.Equal((made.Id, made.NodeId, made.CreatedAt), (read.Id, read.NodeId, read.CreatedAt));
        ContainerNodeInfo node = Assert.Single(Run("Get-ContainerNode -DockerHost $h").AssertNoErrors().Objects<ContainerNodeInfo>());
        Assert.True(node.IsSelf && node.IsLeader);
        Assert.Equal(made.NodeId, node.Id);

        // A second init: a per-item error, and the swarm is the same one.
        PowerShellSession.Result again = Run("Initialize-ContainerSwarm -DockerHost $h -AdvertiseAddress 127.0.0.1 -Confirm:$false; 'after'");
        ErrorRecord joined = Assert.Single(again.Errors);
        Assert.Equal("SwarmAlreadyJoined,Containers.InitializeContainerSwarmCommand", joined.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, joined.CategoryInfo.Category);
        Assert.Equal(["after"], again.Objects<string>());
        Assert.Equal(made.Id, _engine.Cli("info", "--format", "{{.Swarm.Cluster.ID}}"));

        // The last manager leaving destroys the swarm: the engine refuses without -Force, and -WhatIf changes nothing.
        ErrorRecord refused = Assert.Single(Run("Exit-ContainerSwarm -DockerHost $h -Confirm:$false").Errors);
        Assert.Equal(ErrorCategory.InvalidOperation, refused.CategoryInfo.Category);
        Assert.Contains("-Force", refused.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Run("Exit-ContainerSwarm -DockerHost $h -Force -WhatIf").AssertNoErrors();
        Assert.Equal("active", NodeState());

        Run("Exit-ContainerSwarm -DockerHost $h -Force -Confirm:$false").AssertNoErrors();
        Assert.Equal("inactive", NodeState());
        ErrorRecord notJoined = Assert.Single(Run("Exit-ContainerSwarm -DockerHost $h -Force -Confirm:$false").Errors);
        Assert.Equal("SwarmNotJoined,Containers.ExitContainerSwarmCommand", notJoined.FullyQualifiedErrorId);
        ErrorRecord gone = Assert.IsType<ErrorRecord>(Run("Get-ContainerSwarm -DockerHost $h").Terminating);
        Assert.Equal("SwarmNotManager,Containers.GetContainerSwarmCommand", gone.FullyQualifiedErrorId);
    }

    [Fact]
    public void TheDefaultEngineInNoSwarmHasNoSwarmToShowOrLeave()
    {
        // The shared default engine is never made a swarm node by the tests.
        Assert.Equal("inactive", DockerCli.Run("info", "--format", "{{.Swarm.LocalNodeState}}"));
        ErrorRecord notJoined = Assert.Single(_ps.Run("Exit-ContainerSwarm -Force -Confirm:$false").Errors);
        Assert.Equal("SwarmNotJoined,Containers.ExitContainerSwarmCommand", notJoined.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, notJoined.CategoryInfo.Category);
        Assert.Contains("not part of a swarm", notJoined.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Equal("inactive", DockerCli.Run("info", "--format", "{{.Swarm.LocalNodeState}}"));
    }
}
