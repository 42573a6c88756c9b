using Containers.Tests;

namespace Containers.Module.Tests.Engine;

public sealed class GetContainerEngineTests : IClassFixture<PowerShellSession>
{
    private readonly PowerShellSession _ps;

    public GetContainerEngineTests(PowerShellSession ps) => _ps = ps;

    [Fact]
    public void ReportsWhatDockerVersionAndDockerInfoReport()
    {
        ContainerEngineInfo engine = Assert.Single(_ps.Run("Get-ContainerEngine").AssertNoErrors().Objects<ContainerEngineInfo>());
        Assert.Equal(DockerCli.Run("version", "--format", "{{.Server.Version}}"), engine.Version);
        Assert.Equal(DockerCli.Run("version", "--format", "{{.Server.APIVersion}}"), engine.ServerApiVersion);
        Assert.Equal(DockerCli.Run("info", "--format", "{{.ID}}"), engine.Id);
        Assert.Equal(DockerCli.Run("info", "--format", "{{.Driver}}"), engine.StorageDriver);
        Assert.Equal(int.Parse(DockerCli.Run("info", "--format", "{{.NCPU}}"), System.Globalization.CultureInfo.InvariantCulture), engine.CpuCount);
        Assert.Equal("linux", engine.OSType);
        Assert.False(engine.IsPodman);
        Assert.Equal(EngineUnderTest.Endpoint.Url, engine.DockerHost);
    }

    [Fact]
    public void UsesTheNegotiatedApiVersion()
    {
        ContainerEngineInfo engine = Assert.Single(_ps.Run("Get-ContainerEngine").Objects<ContainerEngineInfo>());
        Assert.True(Containers.Engine.Connection.ApiVersion.TryParse(engine.ServerApiVersion, out var server));
        Assert.Equal(Containers.Engine.Connection.ApiVersion.Negotiate(server).ToString(), engine.ApiVersion);
    }
}
