using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>Each error type, provoked on the real daemon, carries the daemon's own message.</summary>
public sealed class EngineErrorsFromTheDaemonTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    [Fact]
    public async Task AnUnknownContainerIsNotFound()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        EngineNotFoundException e = await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.InspectAsync("ct-no-such-container", CancellationToken.None));
        Assert.Contains("No such container: ct-no-such-container", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingARunningContainerIsAConflict()
    {
        string id = _objects.StartRunning("busy");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        EngineConflictException e = await Assert.ThrowsAsync<EngineConflictException>(() => client.Containers.RemoveAsync(id, new RemoveContainerOptions(), CancellationToken.None));
        Assert.Contains("cannot remove a running container", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("running", DockerCli.Run("inspect", "--format", "{{.State.Status}}", id));
    }

    [Fact]
    public async Task ForceRemovesARunningContainer()
    {
        string id = _objects.StartRunning("forced");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await client.Containers.RemoveAsync(id, new RemoveContainerOptions { Force = true }, CancellationToken.None);
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "id=" + id));
    }

    [Fact]
    public async Task ATooNewApiVersionIsAnApiErrorWithStatus400AndTheDaemonsMessage()
    {
        // What DOCKER_API_VERSION=1.99 does against any real daemon.
        var options = new Engine.Connection.EngineClientOptions { FixedApiVersion = new Engine.Connection.ApiVersion(1, 99) };
        using EngineClient client = await EngineClient.ConnectAsync(EngineUnderTest.Endpoint, options, CancellationToken.None);
        EngineApiException e = await Assert.ThrowsAsync<EngineApiException>(() => client.System.VersionAsync(CancellationToken.None));
        Assert.Equal(400, e.StatusCode);
        Assert.Contains("client version 1.99 is too new", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectReportsStateAndExitCode()
    {
        string id = _objects.CreateExited("ended", exitCode: 7);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var details = await client.Containers.InspectAsync(_objects.Name("ended"), CancellationToken.None);
        Assert.Equal(id, details.Id);
        Assert.Equal(_objects.Name("ended"), details.Name);
        Assert.Equal("exited", details.State);
        Assert.Equal(7, details.ExitCode);
        Assert.NotNull(details.FinishedAt);
    }

    [Fact]
    public async Task AnEmptyIdIsRefusedBeforeAnyRequest()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => client.Containers.InspectAsync(" ", CancellationToken.None));
    }
}
