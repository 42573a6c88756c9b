using Containers.Tests;

namespace Containers.Module.Tests.Engine;

public sealed class GetContainerEventTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public GetContainerEventTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void ReturnsTypedEventsUntilNowAndEnds()
    {
        DateTime since = DateTime.Now.AddSeconds(-1);
        string id = _objects.CreateExited("ev", exitCode: 2);
        ContainerEventInfo[] events = _ps.Run("Get-ContainerEvent -Since $args[0] -Type container -Filter @{ container = $args[1]; event = 'create', 'die' }", since, id)
            .AssertNoErrors().Objects<ContainerEventInfo>();
        Assert.Equal(["create", "die"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal((_objects.Name("ev"), id, "container"), (e.Name, e.Id, e.Type)));
        Assert.Equal("2", events[1].Attributes["exitCode"]);
        Assert.Equal(DateTimeKind.Local, events[0].Time.Kind);
    }

    [Fact]
    public void UntilWithFollowIsRefused()
    {
        var error = Assert.IsType<System.Management.Automation.ErrorRecord>(_ps.Run("Get-ContainerEvent -Follow -Until (Get-Date)").Terminating);
        Assert.Equal("InvalidArgument,Containers.GetContainerEventCommand", error.FullyQualifiedErrorId);
    }
}
