using Containers.Engine.Connection;

namespace Containers.Engine.Tests.Connection;

public class ApiVersionTests
{
    [Theory]
    [InlineData("1.41", 1, 41)]
    [InlineData("v1.47", 1, 47)]
    [InlineData(" 1.9 ", 1, 9)]
    public void ParsesVersions(string text, int major, int minor)
    {
        Assert.True(ApiVersion.TryParse(text, out ApiVersion version));
        Assert.Equal(new ApiVersion(major, minor), version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.x")]
    [InlineData("1.41.2")]
    public void RejectsNonVersions(string? text) => Assert.False(ApiVersion.TryParse(text, out _));

    [Fact]
    public void ComparesNumericallyNotAsText() => Assert.True(new ApiVersion(1, 10).CompareTo(new ApiVersion(1, 9)) > 0);

    [Fact]
    public void NegotiatesTheLowerOfOursAndTheServers()
    {
        Assert.Equal(new ApiVersion(1, 41), ApiVersion.Negotiate(new ApiVersion(1, 41)));
        Assert.Equal(ApiVersion.Maximum, ApiVersion.Negotiate(new ApiVersion(1, 99)));
        Assert.Equal(ApiVersion.Maximum, ApiVersion.Negotiate(new ApiVersion(2, 0)));
    }

    [Fact]
    public void UsesOurMaximumWhenTheServerSendsNoVersion() => Assert.Equal(ApiVersion.Maximum, ApiVersion.Negotiate(null));

    [Fact]
    public void OurMaximumIsAcceptedByDockerEngine29() =>
        // Docker 29 refuses clients below API 1.44 ("client version 1.43 is too old").
        Assert.True(ApiVersion.Maximum.IsAtLeast(new ApiVersion(1, 44)));
}
