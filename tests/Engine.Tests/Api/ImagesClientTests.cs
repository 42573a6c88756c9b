using System.Globalization;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>Tag, history, save/load and commit against the real daemon; the docker CLI is the oracle.</summary>
public sealed class ImagesClientTests : IDisposable
{
    private readonly TestObjects _objects = new();
    private readonly List<string> _tags = [];

    public void Dispose()
    {
        foreach (string tag in _tags)
        {
            try
            {
                DockerCli.Run("rmi", tag);
            }
            catch (InvalidOperationException)
            {
            }
        }
        _objects.Dispose();
    }

    private string LocalTag(string suffix)
    {
        string tag = $"containers-test/ct-{_objects.RunId}-{suffix}:v1";
        _tags.Add(tag);
        return tag;
    }

    [Fact]
    public async Task TagsAnImageAsDockerTagDoes()
    {
        string tag = LocalTag("tagged");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await client.Images.TagAsync(TestObjects.Image, tag, CancellationToken.None);
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", TestObjects.Image), DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Images.TagAsync("no-such-image:" + _objects.RunId, LocalTag("x"), CancellationToken.None));
    }

    [Fact]
    public async Task HistoryListsTheSameLayersAsDockerHistory()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        IReadOnlyList<ImageHistoryItem> history = await client.Images.HistoryAsync(TestObjects.Image, CancellationToken.None);
        string[] cli = DockerCli.Lines("history", "--no-trunc", "--human=false", "--format", "{{.ID}}|{{.Size}}", TestObjects.Image);
        Assert.Equal(cli, history.Select(h => h.Id + "|" + h.Size.ToString(CultureInfo.InvariantCulture)));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Images.HistoryAsync("no-such-image:" + _objects.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task SaveThenLoadGivesBackTheImageUnderItsTag()
    {
        string tag = LocalTag("saved");
        DockerCli.Run("tag", TestObjects.Image, tag);
        string id = DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag);
        string tar = Path.Combine(Path.GetTempPath(), $"ct-{_objects.RunId}.tar");
        try
        {
            using EngineClient client = await EngineUnderTest.ConnectAsync();
            long reported = 0;
            long size;
            await using (FileStream file = File.Create(tar))
            {
                size = await client.Images.SaveAsync([tag], file, new SyncProgress(b => reported = b), CancellationToken.None);
            }
            Assert.Equal(new FileInfo(tar).Length, size);
            Assert.Equal(size, reported);
            DockerCli.Run("rmi", tag);

            var messages = new List<JsonMessage>();
            await using (FileStream file = File.OpenRead(tar))
            {
                await foreach (JsonMessage m in client.Images.LoadAsync(file, null, CancellationToken.None))
                {
                    messages.Add(m);
                }
            }
            Assert.Contains(messages, m => m.Stream?.Trim() == "Loaded image: " + tag);
            Assert.Equal(id, DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag));
        }
        finally
        {
            File.Delete(tar);
        }
    }

    [Fact]
    public async Task SavingAnUnknownImageIsNotFoundAndLoadingGarbageIsAnError()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Images.SaveAsync(["no-such-image:" + _objects.RunId], Stream.Null, null, CancellationToken.None));
        await Assert.ThrowsAnyAsync<EngineException>(async () =>
        {
            await foreach (JsonMessage _ in client.Images.LoadAsync(new MemoryStream(new byte[4096]), null, CancellationToken.None))
            {
            }
        });
    }

    [Fact]
    public async Task CommitMakesAnImageWithTheContainersChangesAndTheGivenInstructions()
    {
        string container = _objects.CreateOnly("commit");
        DockerCli.Run("cp", "/etc/hostname", container + ":/committed.txt");
        string tag = LocalTag("committed");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string id = await client.Images.CommitAsync(container, new CommitContainerOptions
        {
            Reference = tag,
            Comment = "made by a test",
            Author = "Containers tests",
            Changes = ["LABEL " + _objects.Label, "ENV COMMITTED=yes"],
        }, CancellationToken.None);
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag), id);
        Assert.Equal("made by a test|Containers tests|" + _objects.RunId, DockerCli.Run("image", "inspect", "--format", "{{.Comment}}|{{.Author}}|{{index .Config.Labels \"" + TestObjects.RunLabel + "\"}}", tag));
        Assert.Equal(File.ReadAllText("/etc/hostname").Trim(), DockerCli.Run("run", "--rm", "--network", "none", "--label", _objects.Label, tag, "cat", "/committed.txt"));
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
