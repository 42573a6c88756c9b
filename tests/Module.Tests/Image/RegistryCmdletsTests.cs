using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Image;

/// <summary>
/// Login, push, pull and logout through the cmdlets against the real local registry (issue #5), in a scratch
/// DOCKER_CONFIG shared with the docker CLI (the oracle), so the machine's own logins are never touched. One class:
/// DOCKER_CONFIG is process-wide, so these tests must not run in parallel with each other.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class RegistryCmdletsTests : IClassFixture<PowerShellSession>, IDisposable
{
    private const string Credential = "[pscredential]::new($args[0], (ConvertTo-SecureString $args[1] -AsPlainText -Force))";

    private readonly PowerShellSession _ps;
    private readonly TestRegistry _registry = new();

    public RegistryCmdletsTests(PowerShellSession ps)
    {
        _ps = ps;
        Environment.SetEnvironmentVariable("DOCKER_CONFIG", _registry.ConfigDirectory);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("DOCKER_CONFIG", null);
        _registry.Dispose();
    }

    private PowerShellSession.Result Connect(string password) =>
        _ps.Run($"Connect-ContainerRegistry 127.0.0.1:5000 -Credential ({Credential}) -Verbose 4>&1 3>&1", TestRegistry.User, password);

    [Fact]
    public void ConnectStoresALoginDockerUsesAndPushRemovePullGivesTheSameDigest()
    {
        PowerShellSession.Result login = Connect(TestRegistry.Password).AssertNoErrors();
        // Passwords never reach the output, verbose or warning streams.
        Assert.DoesNotContain(login.Output, o => o.ToString().Contains(TestRegistry.Password, StringComparison.Ordinal));
        Assert.Contains(TestRegistry.Address, File.ReadAllText(_registry.ConfigPath), StringComparison.Ordinal);

        string reference = _registry.TagTestImage("module");
        ContainerImagePushInfo pushed = Assert.Single(_ps.Run("Publish-ContainerImage $args[0] -Confirm:$false", reference).AssertNoErrors().Objects<ContainerImagePushInfo>());
        Assert.Equal("v1", pushed.Tag);
        // The test image's id carries the digests of every repository other tests pushed it to: look at this one's.
        string repoDigest = pushed.Repository + "@" + pushed.Digest;
        Assert.Contains(repoDigest, DockerCli.Lines("image", "inspect", "--format", "{{range .RepoDigests}}{{println .}}{{end}}", reference));

        DockerCli.Run("rmi", reference);
        ContainerImageInfo pulled = Assert.Single(_ps.Run("Request-ContainerImage $args[0]", reference).AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", reference), pulled.Id);
        Assert.Contains(repoDigest, DockerCli.Lines("image", "inspect", "--format", "{{range .RepoDigests}}{{println .}}{{end}}", reference));

        // The digest reference finds the image, and the object names the digest of its own repository.
        ContainerImageInfo byDigest = Assert.Single(_ps.Run("Get-ContainerImage $args[0]", repoDigest).AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Equal(pulled.Id, byDigest.Id);
        Assert.Equal(pushed.Digest, Assert.Single(_ps.Run("Get-ContainerImage $args[0]", reference).AssertNoErrors().Objects<ContainerImageInfo>()).Digest);
        ErrorRecord unknownDigest = Assert.Single(_ps.Run("Get-ContainerImage $args[0]", pushed.Repository + "@sha256:" + new string('0', 64)).Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, unknownDigest.CategoryInfo.Category);

        // The docker CLI pulls with nothing but the login the module stored.
        DockerCli.Run("rmi", reference);
        DockerCli.Run(_registry.CliEnvironment(), "pull", reference);
    }

    [Fact]
    public void AWrongPasswordIsAnAuthenticationErrorAndStoresNothing()
    {
        PowerShellSession.Result result = Connect("wrong-password");
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("EngineAuthenticationFailed,Containers.ConnectContainerRegistryCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.DoesNotContain("wrong-password", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_registry.ConfigPath) && File.ReadAllText(_registry.ConfigPath).Contains("127.0.0.1:5000", StringComparison.Ordinal));
    }

    [Fact]
    public void DisconnectRemovesTheStoredLoginAndASecondDisconnectIsNotFound()
    {
        Connect(TestRegistry.Password).AssertNoErrors();
        Assert.Contains("127.0.0.1:5000", File.ReadAllText(_registry.ConfigPath), StringComparison.Ordinal);
        _ps.Run("Disconnect-ContainerRegistry 127.0.0.1:5000").AssertNoErrors();
        Assert.DoesNotContain("127.0.0.1:5000", File.ReadAllText(_registry.ConfigPath), StringComparison.Ordinal);
        ErrorRecord error = Assert.Single(_ps.Run("Disconnect-ContainerRegistry 127.0.0.1:5000").Errors);
        Assert.Equal("NotLoggedIn,Containers.DisconnectContainerRegistryCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void TheModulePullsWithTheLoginDockerLoginStoredAndFailsWithoutOne()
    {
        string reference = _registry.TagTestImage("cli-login");
        DockerCli.Run(_registry.CliEnvironment(), "login", TestRegistry.Address, "-u", TestRegistry.User, "-p", TestRegistry.Password);
        DockerCli.Run(_registry.CliEnvironment(), "push", reference);
        DockerCli.Run("rmi", reference);
        Assert.Single(_ps.Run("Request-ContainerImage $args[0]", reference).AssertNoErrors().Objects<ContainerImageInfo>());

        DockerCli.Run(_registry.CliEnvironment(), "logout", TestRegistry.Address);
        DockerCli.Run("rmi", reference);
        ErrorRecord error = Assert.Single(_ps.Run("Request-ContainerImage $args[0]", reference).Errors);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
    }

    [Fact]
    public void AnUnknownTagIsObjectNotFoundAndTheNextReferenceIsStillPulled()
    {
        Connect(TestRegistry.Password).AssertNoErrors();
        string reference = _registry.TagTestImage("next");
        DockerCli.Run(_registry.CliEnvironment(), "push", reference);
        DockerCli.Run("rmi", reference);
        PowerShellSession.Result result = _ps.Run("Request-ContainerImage $args[0], $args[1]", $"{TestRegistry.Address}/containers-test/ct-{_registry.RunId}-none:nope", reference);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ImageNotFound,Containers.RequestContainerImageCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Single(result.Objects<ContainerImageInfo>());
    }

    [Fact]
    public void SearchingARegistryWithoutSearchSaysSo()
    {
        ErrorRecord error = Assert.Single(_ps.Run("Find-ContainerImage 127.0.0.1:5000/containers-test").Errors);
        Assert.Equal("RegistrySearchUnsupported,Containers.FindContainerImageCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.NotImplemented, error.CategoryInfo.Category);
        Assert.Contains("does not offer search", error.Exception.Message, StringComparison.Ordinal);
    }
}
