using Containers.Engine.Api;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>
/// Login, push and pull against the real local registry with htpasswd auth (issue #5); the docker CLI, in a
/// scratch DOCKER_CONFIG, is the oracle for digests and shares logins with our credential store both ways.
/// </summary>
public sealed class ImagesClientRegistryTests : IDisposable
{
    private readonly TestRegistry _registry = new();

    public void Dispose() => _registry.Dispose();

    private static RegistryAuth Login(string password = TestRegistry.Password) =>
        new() { ServerAddress = TestRegistry.Address, Username = TestRegistry.User, Password = password };

    private static async Task<List<JsonMessage>> DrainAsync(IAsyncEnumerable<JsonMessage> messages)
    {
        var all = new List<JsonMessage>();
        await foreach (JsonMessage m in messages)
        {
            all.Add(m);
        }
        return all;
    }

    private static string DigestOf(string repoDigest) => repoDigest[(repoDigest.IndexOf('@', StringComparison.Ordinal) + 1)..];

    [Fact]
    public async Task LoginAcceptsTheRightPasswordAndAWrongOneIsAnAuthenticationError()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Assert.Equal("Login Succeeded", (await client.System.LoginAsync(Login(), CancellationToken.None)).Status);
        EngineAuthException e = await Assert.ThrowsAsync<EngineAuthException>(() => client.System.LoginAsync(Login("wrong"), CancellationToken.None));
        Assert.Contains("401", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushRemovePullGivesBackTheSameDigest()
    {
        string reference = _registry.TagTestImage("roundtrip");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<JsonMessage> pushed = await DrainAsync(client.Images.PushAsync(reference, new PushImageOptions { Auth = Login() }, CancellationToken.None));
        string pushedDigest = pushed.Single(m => m.Aux is not null).Aux!.Value.GetProperty("Digest").GetString()!;
        Assert.Equal(pushedDigest, DigestOf(DockerCli.Run("image", "inspect", "--format", "{{index .RepoDigests 0}}", reference)));

        DockerCli.Run("rmi", reference);
        var rollup = new ProgressRollup();
        List<JsonMessage> pulled = await DrainAsync(client.Images.PullAsync(reference, new PullImageOptions { Auth = Login() }, CancellationToken.None));
        pulled.ForEach(m => rollup.Apply(m));
        Assert.Contains(pulled, m => m.Status?.StartsWith("Digest: " + pushedDigest, StringComparison.Ordinal) == true);
        Assert.Equal(pushedDigest, DigestOf(DockerCli.Run("image", "inspect", "--format", "{{index .RepoDigests 0}}", reference)));
        Assert.All(rollup.Snapshot().Layers, l => Assert.True(l.Completed));
    }

    [Fact]
    public async Task PushWithoutCredentialsFailsInTheStreamAsAnAuthenticationError()
    {
        string reference = _registry.TagTestImage("anonymous");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        // The daemon answers 200 and reports the refusal inside the stream.
        await Assert.ThrowsAsync<EngineAuthException>(() => DrainAsync(client.Images.PushAsync(reference, new PushImageOptions(), CancellationToken.None)));
    }

    [Fact]
    public async Task PullingAnUnknownTagIsNotFoundAndAnonymousPullIsAnAuthenticationError()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string missing = $"{TestRegistry.Address}/containers-test/ct-{_registry.RunId}-missing:nope";
        await Assert.ThrowsAsync<EngineNotFoundException>(() => DrainAsync(client.Images.PullAsync(missing, new PullImageOptions { Auth = Login() }, CancellationToken.None)));
        await Assert.ThrowsAsync<EngineAuthException>(() => DrainAsync(client.Images.PullAsync(missing, new PullImageOptions(), CancellationToken.None)));
    }

    [Fact]
    public async Task DockerPullUsesTheLoginOurStoreWroteAndWeUseTheLoginDockerLoginWrote()
    {
        string reference = _registry.TagTestImage("shared");
        var store = new CredentialStore(_registry.ConfigDirectory);
        await store.StoreAsync(Login(), CancellationToken.None);
        // The CLI pushes and pulls with nothing but the login we stored.
        DockerCli.Run(_registry.CliEnvironment(), "push", reference);
        DockerCli.Run("rmi", reference);
        DockerCli.Run(_registry.CliEnvironment(), "pull", reference);

        DockerCli.Run(_registry.CliEnvironment(), "logout", TestRegistry.Address);
        Assert.Null(await store.GetForReferenceAsync(reference, CancellationToken.None));
        DockerCli.Run(_registry.CliEnvironment(), "login", TestRegistry.Address, "-u", TestRegistry.User, "-p", TestRegistry.Password);
        DockerCli.Run("rmi", reference);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        RegistryAuth? auth = await store.GetForReferenceAsync(reference, CancellationToken.None);
        await DrainAsync(client.Images.PullAsync(reference, new PullImageOptions { Auth = auth }, CancellationToken.None));
        Assert.NotEmpty(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", reference));
    }

    [Fact]
    public async Task SearchingARegistryWithoutSearchIsAClearError()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        RegistrySearchUnsupportedException e = await Assert.ThrowsAsync<RegistrySearchUnsupportedException>(
            () => client.Images.SearchAsync(TestRegistry.Address + "/containers-test", new SearchImagesOptions { Auth = Login() }, CancellationToken.None));
        Assert.Equal(TestRegistry.Address, e.Registry);
    }
}
