using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

public sealed class ContainersClientPruneTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    [Fact]
    public async Task PruneRemovesOnlyStoppedContainersMatchingTheLabels()
    {
        string running = _objects.StartRunning("up");
        string exited = _objects.CreateExited("down");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        PruneResult result = await client.Containers.PruneAsync(new PruneContainersOptions { Labels = [_objects.Label] }, CancellationToken.None);
        Assert.Equal([exited], result.Deleted);
        Assert.Equal([running], DockerCli.Lines("ps", "-aq", "--no-trunc", "--filter", "label=" + _objects.Label));
    }
}
