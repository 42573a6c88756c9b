using System.Text;
using System.Text.Json.Nodes;
using Containers.Engine.Auth;
using Containers.Tests;

namespace Containers.Engine.Tests.Auth;

/// <summary>
/// Logins kept exactly as the docker CLI keeps them, checked against the CLI itself in a scratch DOCKER_CONFIG
/// (issue #5): what we store, <c>docker</c> reads; what <c>docker login</c> stores, we read.
/// </summary>
public sealed class CredentialStoreTests : IDisposable
{
    private readonly TestRegistry _registry = new();

    public void Dispose() => _registry.Dispose();

    private static RegistryAuth Login(string server = TestRegistry.Address) =>
        new() { ServerAddress = server, Username = TestRegistry.User, Password = TestRegistry.Password };

    private CredentialStore Store() => new(_registry.ConfigDirectory);

    [Fact]
    public async Task StoresBase64UserColonPasswordUnderTheHostKeyAndKeepsEveryOtherKey()
    {
        File.WriteAllText(_registry.ConfigPath, """{ "psFormat": "table {{.ID}}", "proxies": { "default": { "noProxy": "x" } }, "auths": { "other.example": { "auth": "YTpi" } } }""");
        string key = await Store().StoreAsync(Login("http://127.0.0.1:5000/v2/"), CancellationToken.None);
        Assert.Equal(TestRegistry.Address, key);
        JsonObject config = JsonNode.Parse(File.ReadAllText(_registry.ConfigPath))!.AsObject();
        Assert.Equal("table {{.ID}}", (string?)config["psFormat"]);
        Assert.Equal("x", (string?)config["proxies"]!["default"]!["noProxy"]);
        Assert.Equal("YTpi", (string?)config["auths"]!["other.example"]!["auth"]);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("containers-test:containers-test-password")), (string?)config["auths"]![TestRegistry.Address]!["auth"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_registry.ConfigPath));
        }
    }

    [Fact]
    public async Task ReadsTheLoginDockerLoginStored()
    {
        DockerCli.Run(_registry.CliEnvironment(), "login", TestRegistry.Address, "-u", TestRegistry.User, "-p", TestRegistry.Password);
        RegistryAuth? auth = await Store().GetForReferenceAsync(TestRegistry.Address + "/any/image:1", CancellationToken.None);
        Assert.NotNull(auth);
        Assert.Equal((TestRegistry.User, TestRegistry.Password, TestRegistry.Address), (auth.Username, auth.Password, auth.ServerAddress));
    }

    [Fact]
    public async Task DockerLogoutFindsTheLoginWeStoredAndOurEraseRemovesOnlyThatLogin()
    {
        CredentialStore store = Store();
        await store.StoreAsync(Login(), CancellationToken.None);
        await store.StoreAsync(Login("other.example:5000"), CancellationToken.None);
        // The CLI says "Removing login credentials" only when it finds the entry under the key it computes.
        Assert.Contains("Removing login credentials", DockerCli.Run(_registry.CliEnvironment(), "logout", "other.example:5000"), StringComparison.Ordinal);
        Assert.True(await store.EraseAsync("http://127.0.0.1:5000", CancellationToken.None));
        Assert.Null(await store.GetAsync(TestRegistry.Address, CancellationToken.None));
        Assert.False(await store.EraseAsync(TestRegistry.Address, CancellationToken.None));
        Assert.Equal("{}", JsonNode.Parse(File.ReadAllText(_registry.ConfigPath))!["auths"]!.ToJsonString());
    }

    [Fact]
    public async Task DockerHubInAnySpellingIsTheIndexServerKey()
    {
        await Store().StoreAsync(Login("docker.io"), CancellationToken.None);
        Assert.NotNull(JsonNode.Parse(File.ReadAllText(_registry.ConfigPath))!["auths"]![RegistryNames.IndexServer]);
        Assert.Equal(TestRegistry.User, (await Store().GetForReferenceAsync("busybox", CancellationToken.None))?.Username);
        Assert.Equal(TestRegistry.User, (await Store().GetAsync("index.docker.io", CancellationToken.None))?.Username);
    }

    [Fact]
    public async Task ACredsStoreHelperHoldsTheSecretAndConfigJsonOnlyAPlaceholder()
    {
        string helperFolder = _registry.WriteCredentialHelper("ctest");
        using IDisposable onPath = ProcessPath.Prepend(helperFolder);
        File.WriteAllText(_registry.ConfigPath, """{ "credsStore": "ctest" }""");
        CredentialStore store = Store();
        await store.StoreAsync(Login(), CancellationToken.None);
        Assert.Equal("{}", JsonNode.Parse(File.ReadAllText(_registry.ConfigPath))!["auths"]![TestRegistry.Address]!.ToJsonString());
        Assert.Contains(TestRegistry.Password, _registry.HelperStoreText(helperFolder), StringComparison.Ordinal);
        Assert.DoesNotContain(TestRegistry.Password, File.ReadAllText(_registry.ConfigPath), StringComparison.Ordinal);
        Assert.Equal(TestRegistry.Password, (await store.GetAsync(TestRegistry.Address, CancellationToken.None))?.Password);
        // The CLI reads the same helper: its logout finds the login and erases it from the helper.
        DockerCli.Run(_registry.CliEnvironment(helperFolder), "logout", TestRegistry.Address);
        Assert.DoesNotContain(TestRegistry.Password, _registry.HelperStoreText(helperFolder), StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(TestRegistry.Address, CancellationToken.None));
    }

    [Fact]
    public async Task CredHelpersOverrideCredsStoreForTheirRegistry()
    {
        string helperFolder = _registry.WriteCredentialHelper("ctest");
        using IDisposable onPath = ProcessPath.Prepend(helperFolder);
        File.WriteAllText(_registry.ConfigPath, """{ "credsStore": "no-such-helper", "credHelpers": { "127.0.0.1:5000": "ctest" } }""");
        CredentialStore store = Store();
        Assert.Equal("ctest", store.HelperFor(TestRegistry.Address));
        Assert.Equal("no-such-helper", store.HelperFor("other.example"));
        await store.StoreAsync(Login(), CancellationToken.None);
        Assert.Equal(TestRegistry.User, (await store.GetAsync(TestRegistry.Address, CancellationToken.None))?.Username);
        CredentialStoreException e = await Assert.ThrowsAsync<CredentialStoreException>(() => store.GetAsync("other.example", CancellationToken.None));
        Assert.Contains("docker-credential-no-such-helper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableConfigIsAClearError()
    {
        File.WriteAllText(_registry.ConfigPath, "{ not json");
        CredentialStoreException e = await Assert.ThrowsAsync<CredentialStoreException>(() => Store().GetAsync(TestRegistry.Address, CancellationToken.None));
        Assert.Contains(_registry.ConfigPath, e.Message, StringComparison.Ordinal);
    }
}
