using Containers.Engine.Api;
using Containers.Engine.Auth;

namespace Containers.Engine.Tests.Auth;

/// <summary>Registry and credential-key normalisation as the docker CLI does it (cli/config/credentials, registry).</summary>
public class RegistryNamesTests
{
    [Theory]
    [InlineData("busybox", "docker.io")]
    [InlineData("library/busybox:1.36", "docker.io")]
    [InlineData("docker.io/library/busybox", "docker.io")]
    [InlineData("index.docker.io/library/busybox", "docker.io")]
    [InlineData("127.0.0.1:5000/app:1", "127.0.0.1:5000")]
    [InlineData("localhost/app", "localhost")]
    [InlineData("registry.example.com/team/app@sha256:0123", "registry.example.com")]
    [InlineData("team/app", "docker.io")]
    public void FindsTheRegistryOfAReference(string reference, string registry) => Assert.Equal(registry, RegistryNames.RegistryOf(reference));

    [Theory]
    [InlineData(null, "https://index.docker.io/v1/")]
    [InlineData("docker.io", "https://index.docker.io/v1/")]
    [InlineData("index.docker.io", "https://index.docker.io/v1/")]
    [InlineData("https://index.docker.io/v1/", "https://index.docker.io/v1/")]
    [InlineData("registry-1.docker.io", "https://index.docker.io/v1/")]
    [InlineData("127.0.0.1:5000", "127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:5000/v2/", "127.0.0.1:5000")]
    [InlineData("https://registry.example.com/v1/", "registry.example.com")]
    public void NormalisesCredentialKeysAsTheCli(string? server, string key) => Assert.Equal(key, RegistryNames.CredentialKey(server));

    [Fact]
    public void TheAuthHeaderIsBase64UrlOfTheJsonAuthConfigWithPadding()
    {
        // '?' and '>' in the password give '+' and '/' in plain base64: the header must carry '-' and '_'.
        var auth = new RegistryAuth { ServerAddress = "127.0.0.1:5000", Username = "u", Password = "??>>??" };
        string header = RegistryAuthHeader.Encode(auth);
        Assert.DoesNotContain('+', header);
        Assert.DoesNotContain('/', header);
        Assert.Equal(0, header.Length % 4);
        string json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header.Replace('-', '+').Replace('_', '/')));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(["username", "password", "serveraddress"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("??>>??", document.RootElement.GetProperty("password").GetString());
        Assert.Equal(auth, RegistryAuthHeader.Decode(header));
        Assert.Equal("e30=", RegistryAuthHeader.Encode(null));
    }

    [Fact]
    public void TheTextOfCredentialsNeverShowsTheSecret() =>
        Assert.DoesNotContain("s3cret", new RegistryAuth { ServerAddress = "r", Username = "u", Password = "s3cret" }.ToString(), StringComparison.Ordinal);

    [Theory]
    [InlineData("busybox", "busybox", null, null)]
    [InlineData("127.0.0.1:5000/a/b:v1", "127.0.0.1:5000/a/b", "v1", null)]
    [InlineData("127.0.0.1:5000/a", "127.0.0.1:5000/a", null, null)]
    [InlineData("a/b:1@sha256:ff", "a/b", "1", "sha256:ff")]
    public void SplitsReferences(string text, string repository, string? tag, string? digest) =>
        Assert.Equal(new ImageReference(repository, tag, digest), ImageReference.Parse(text));
}
