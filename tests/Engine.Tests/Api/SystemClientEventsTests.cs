using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

public sealed class SystemClientEventsTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    [Fact]
    public async Task ReturnsWhatHappenedToAContainerInOrder()
    {
        DateTimeOffset since = DateTimeOffset.UtcNow.AddSeconds(-1);
        string id = _objects.CreateExited("events");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var options = new EngineEventsOptions
        {
            Since = since,
            Until = DateTimeOffset.UtcNow.AddSeconds(1),
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["container"] = [id] },
        };
        var events = new List<EngineEvent>();
        await foreach (EngineEvent e in client.System.ReadEventsAsync(options, CancellationToken.None))
        {
            events.Add(e);
        }
        string[] actions = events.Select(e => e.Action).ToArray();
        Assert.Equal(["create", "start", "die"], actions.Where(a => a is "create" or "start" or "die"));
        Assert.All(events, e => Assert.Equal(("container", id), (e.Type, e.ActorId)));
        Assert.Equal(_objects.Name("events"), events[0].Attributes["name"]);
        Assert.InRange(events[0].Time, since.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task FollowingSeesNewEventsUntilCancelled()
    {
        string id = _objects.CreateOnly("follow");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new EngineEventsOptions { Filters = new Dictionary<string, IReadOnlyList<string>> { ["container"] = [id], ["event"] = ["start"] } };
        Task<EngineEvent> first = Task.Run(async () =>
        {
            await foreach (EngineEvent e in client.System.ReadEventsAsync(options, stop.Token))
            {
                return e;
            }
            throw new InvalidOperationException("the event stream ended");
        });
        await Task.Delay(500);
        DockerCli.Run("start", id);
        EngineEvent started = await first;
        Assert.Equal(("start", id), (started.Action, started.ActorId));
    }
}
