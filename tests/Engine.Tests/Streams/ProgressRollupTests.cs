using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>Per-layer messages of pull, push and load rolled into one figure and one entry per layer.</summary>
public class ProgressRollupTests
{
    private static JsonMessage Layer(string id, string status, long? current = null, long? total = null) =>
        new() { Id = id, Status = status, Current = current, Total = total };

    private static TransferProgress Run(params JsonMessage[] messages)
    {
        var rollup = new ProgressRollup();
        foreach (JsonMessage m in messages)
        {
            rollup.Apply(m);
        }
        return rollup.Snapshot();
    }

    [Fact]
    public void NoLayerYetMeansNoPercent()
    {
        TransferProgress p = Run(new JsonMessage { Status = "Pulling from library/busybox", Id = "latest" });
        Assert.Null(p.Percent);
        Assert.Empty(p.Layers);
        Assert.Equal("latest: Pulling from library/busybox", p.Status);
    }

    [Fact]
    public void APullCountsDownloadAndExtractionAsHalvesOfEachLayerWeighedBySize()
    {
        TransferProgress p = Run(
            Layer("a", "Pulling fs layer"),
            Layer("b", "Pulling fs layer"),
            Layer("a", "Downloading", 300, 300),   // a: 300 bytes, fully downloaded: 50 %
            Layer("b", "Downloading", 0, 100),     // b: 100 bytes, nothing yet
            Layer("a", "Extracting", 150, 300));   // a: half extracted: 75 %
        // (300 * 0.75 + 100 * 0) / 400 = 56.25 %
        Assert.Equal(56.25, p.Percent!.Value, 3);
        Assert.Equal(["a", "b"], p.Layers.Select(l => l.Id));
        Assert.Equal(("Extracting", 150L, 300L, 75.0), (p.Layers[0].Status, p.Layers[0].Current, p.Layers[0].Total, p.Layers[0].Percent));
        Assert.Equal(0, p.CompletedLayers);
    }

    [Fact]
    public void CompletedAndExistingLayersCountFullyAndUnsizedOnesWeighTheMean()
    {
        TransferProgress p = Run(
            Layer("a", "Already exists"),
            Layer("b", "Downloading", 50, 200),
            Layer("c", "Pull complete"),
            new JsonMessage { Status = "Digest: sha256:0123" });
        // a and c weigh the mean known size (200); b is 12.5 %: (200 + 25 + 200) / 600.
        Assert.Equal(425.0 / 6, p.Percent!.Value, 3);
        Assert.Equal(2, p.CompletedLayers);
        Assert.Equal("Digest: sha256:0123", p.Status);
    }

    [Fact]
    public void APushHasOnePhaseAndMountsAndExistingLayersAreDone()
    {
        TransferProgress p = Run(
            new JsonMessage { Status = "The push refers to repository [127.0.0.1:5000/x]" },
            Layer("a", "Preparing"),
            Layer("b", "Preparing"),
            Layer("c", "Preparing"),
            Layer("a", "Pushing", 40, 100),
            Layer("b", "Layer already exists"),
            Layer("c", "Mounted from library/busybox"));
        Assert.Equal([40.0, 100.0, 100.0], p.Layers.Select(l => l.Percent));
        Assert.Equal(2, p.CompletedLayers);
        Assert.Equal(80.0, p.Percent!.Value, 3);
        Assert.True(Run(Layer("a", "Pushed")).Layers.Single().Completed);
    }

    [Fact]
    public void ALoadLayerIsDoneWhenItsLastProgressReachesItsTotal()
    {
        TransferProgress half = Run(Layer("a", "Loading layer", 50, 100));
        TransferProgress done = Run(Layer("a", "Loading layer", 50, 100), Layer("a", "Loading layer", 100, 100));
        Assert.False(half.Layers[0].Completed);
        Assert.Equal(50.0, half.Percent!.Value, 3);
        Assert.True(done.Layers[0].Completed);
        Assert.Equal(100.0, done.Percent!.Value, 3);
    }

    [Fact]
    public void ARetryThatRestartsTheCountersNeverMovesTheFigureBack()
    {
        TransferProgress p = Run(
            Layer("a", "Downloading", 80, 100),
            Layer("a", "Retrying in 5 seconds"),
            Layer("a", "Downloading", 10, 100));
        Assert.Equal(40.0, p.Percent!.Value, 3);
    }

    [Fact]
    public void MessagesWithoutStatusChangeNothing()
    {
        var rollup = new ProgressRollup();
        Assert.False(rollup.Apply(new JsonMessage { Stream = "Step 1/1 : FROM busybox\n" }));
        Assert.True(rollup.Apply(Layer("a", "Waiting")));
        Assert.Equal(0.0, rollup.Snapshot().Percent!.Value, 3);
    }
}
