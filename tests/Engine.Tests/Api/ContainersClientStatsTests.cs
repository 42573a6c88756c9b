using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

public sealed partial class ContainersClientStatsTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    /// <summary>Reads docker's sizes back: binary units (KiB…) from BytesSize, decimal ones (kB…) from HumanSize.</summary>
    internal static double ParseSize(string text)
    {
        Match m = SizePattern().Match(text.Trim());
        Assert.True(m.Success, $"not a docker size: '{text}'");
        double value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        double unit = m.Groups[2].Value switch
        {
            "B" => 1,
            "kB" => 1e3, "MB" => 1e6, "GB" => 1e9, "TB" => 1e12,
            "KiB" => 1024, "MiB" => 1024.0 * 1024, "GiB" => 1024.0 * 1024 * 1024, "TiB" => 1024.0 * 1024 * 1024 * 1024,
            string other => throw new FormatException(other),
        };
        return value * unit;
    }

    [GeneratedRegex(@"^([0-9.]+)\s*([a-zA-Z]+)$")]
    private static partial Regex SizePattern();

    private static (double Left, double Right) Pair(JsonElement json, string name)
    {
        string[] parts = json.GetProperty(name).GetString()!.Split(" / ");
        return (ParseSize(parts[0]), ParseSize(parts[1]));
    }

    [Fact]
    public async Task MatchesDockerStatsNoStreamForABusyContainer()
    {
        string id = _objects.StartRunning("busy", "--network", "none", "--memory", "64m");
        // StartRunning runs sleep; a busy loop next to it makes CPU use visible.
        DockerCli.Run("exec", "-d", id, "sh", "-c", "while :; do :; done");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        ContainerStats ours = await client.Containers.GetStatsAsync(id, CancellationToken.None);
        using JsonDocument cli = JsonDocument.Parse(DockerCli.Run("stats", "--no-stream", "--format", "{{json .}}", id));
        JsonElement theirs = cli.RootElement;

        Assert.Equal(id, ours.Id);
        Assert.Equal(_objects.Name("busy"), ours.Name);
        // Two samples a second or more apart on a shared machine: CPU % agrees within a wide band, both clearly busy.
        double theirCpu = double.Parse(theirs.GetProperty("CPUPerc").GetString()!.TrimEnd('%'), CultureInfo.InvariantCulture);
        Assert.True(ours.CpuPercent > 5, $"ours {ours.CpuPercent}");
        Assert.True(theirCpu > 5, $"theirs {theirCpu}");
        Assert.InRange(ours.CpuPercent, theirCpu - 45, theirCpu + 45);
        // The limit is exact (64 MiB, as docker inspect says); usage without cache agrees within a MiB.
        Assert.Equal(ulong.Parse(DockerCli.Run("inspect", "--format", "{{.HostConfig.Memory}}", id), CultureInfo.InvariantCulture), ours.MemoryLimit);
        (double usage, double limit) = Pair(theirs, "MemUsage");
        Assert.InRange(ours.MemoryLimit, limit * 0.999, limit * 1.001);
        Assert.InRange((double)ours.MemoryUsage, usage - 1024 * 1024, usage + 1024 * 1024);
        double theirMemPercent = double.Parse(theirs.GetProperty("MemPerc").GetString()!.TrimEnd('%'), CultureInfo.InvariantCulture);
        Assert.InRange(ours.MemoryPercent, theirMemPercent - 2, theirMemPercent + 2);
        (double received, double sent) = Pair(theirs, "NetIO");
        Assert.Equal((received, sent), ((double)ours.NetworkReceived, (double)ours.NetworkSent));
        (double read, double written) = Pair(theirs, "BlockIO");
        Assert.InRange((double)ours.BlockRead, read * 0.9 - 1e6, read * 1.1 + 1e6);
        Assert.InRange((double)ours.BlockWritten, written * 0.9 - 1e6, written * 1.1 + 1e6);
        Assert.Equal(theirs.GetProperty("PIDs").GetString(), ours.Pids.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StreamsASampleAboutEverySecondUntilStopped()
    {
        string id = _objects.StartRunning("stream", "--network", "none");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var samples = new List<ContainerStats>();
        await foreach (ContainerStats sample in client.Containers.StreamStatsAsync(id, cancel.Token))
        {
            samples.Add(sample);
            if (samples.Count == 3)
            {
                break;
            }
        }
        Assert.Equal(3, samples.Count);
        Assert.True(samples[2].Read > samples[1].Read && samples[1].Read > samples[0].Read);
        Assert.All(samples, s => Assert.True(s.MemoryUsage > 0 && s.MemoryLimit > 0));
    }

    [Fact]
    public async Task AnUnknownContainerIsNotFound()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.GetStatsAsync(_objects.Name("missing"), CancellationToken.None));
    }
}
