using System.Globalization;
using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

public sealed class MeasureContainerTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public MeasureContainerTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void WritesTypedSamplesInInputOrderAndNotFoundForUnknownOnes()
    {
        string first = _objects.StartRunning("first", "--network", "none", "--memory", "32m");
        string second = _objects.StartRunning("second", "--network", "none");
        PowerShellSession.Result result = _ps.Run("Measure-Container $args[0], $args[1], $args[2]", _objects.Name("first"), _objects.Name("missing"), _objects.Name("second"));
        ContainerStatisticsInfo[] samples = result.Objects<ContainerStatisticsInfo>();
        Assert.Equal([first, second], samples.Select(s => s.Id));
        Assert.Equal(32L * 1024 * 1024, samples[0].MemoryLimit);
        Assert.Equal(long.Parse(DockerCli.Run("inspect", "--format", "{{.State.Pid}}", first), CultureInfo.InvariantCulture) > 0 ? 1 : 0, samples[0].Pids);
        Assert.Equal("32MiB", samples[0].MemoryText.Split(" / ")[1]);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotFound,Containers.MeasureContainerCommand", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void StreamKeepsWritingUntilTheConsumerHasEnough()
    {
        _objects.StartRunning("stream", "--network", "none");
        ContainerStatisticsInfo[] samples = _ps.Run("Measure-Container $args[0] -Stream | Select-Object -First 2", _objects.Name("stream")).AssertNoErrors().Objects<ContainerStatisticsInfo>();
        Assert.Equal(2, samples.Length);
        Assert.True(samples[1].Read > samples[0].Read);
    }
}
