using System.Net;
using System.Net.Sockets;
using System.Text;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Engine.Tests.Errors;

public class EngineErrorMapperTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), ReasonPhrase = status.ToString() };

    [Theory]
    [InlineData(HttpStatusCode.NotFound, typeof(EngineNotFoundException))]
    [InlineData(HttpStatusCode.Conflict, typeof(EngineConflictException))]
    [InlineData(HttpStatusCode.Unauthorized, typeof(EngineAuthException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(EngineAuthException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(EngineApiException))]
    [InlineData(HttpStatusCode.InternalServerError, typeof(EngineApiException))]
    public async Task MapsStatusesToTypes(HttpStatusCode status, Type expected)
    {
        using HttpResponseMessage response = Response(status, """{"message":"the daemon says so"}""");
        EngineException e = await EngineErrorMapper.FromResponseAsync(response, CancellationToken.None);
        Assert.IsType(expected, e);
        Assert.Equal("the daemon says so", e.Message);
    }

    [Fact]
    public async Task KeepsTheStatusOfOtherErrors()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.InternalServerError, """{"message":"driver failed"}""");
        var e = Assert.IsType<EngineApiException>(await EngineErrorMapper.FromResponseAsync(response, CancellationToken.None));
        Assert.Equal(500, e.StatusCode);
    }

    [Fact]
    public async Task FallsBackToTheBodyTextWhenItIsNotJson()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.BadGateway, "upstream proxy failed\n", "text/plain");
        Assert.Equal("upstream proxy failed", (await EngineErrorMapper.FromResponseAsync(response, CancellationToken.None)).Message);
    }

    [Fact]
    public async Task FallsBackToTheStatusWhenTheBodyIsEmpty()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.ServiceUnavailable, "");
        Assert.StartsWith("503", (await EngineErrorMapper.FromResponseAsync(response, CancellationToken.None)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsAtMostOneMebibyteOfAHugeErrorBody()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.BadGateway, new string('x', 3 * 1024 * 1024), "text/html");
        Assert.Equal(EngineErrorMapper.MaxErrorBodyBytes, (await EngineErrorMapper.FromResponseAsync(response, CancellationToken.None)).Message.Length);
    }

    [Theory]
    [InlineData(SocketError.AddressNotAvailable, UnreachableReason.NoSocket)]
    [InlineData(SocketError.AccessDenied, UnreachableReason.PermissionDenied)]
    [InlineData(SocketError.ConnectionRefused, UnreachableReason.Refused)]
    [InlineData(SocketError.TimedOut, UnreachableReason.Timeout)]
    [InlineData(SocketError.HostNotFound, UnreachableReason.UnknownHost)]
    [InlineData(SocketError.ConnectionReset, UnreachableReason.ConnectionLost)]
    public void MapsSocketErrorsToReasonsAndKeepsTheCause(SocketError error, UnreachableReason reason)
    {
        var socket = new SocketException((int)error);
        var wrapped = new HttpRequestException("send failed", socket);
        EngineUnreachableException e = EngineErrorMapper.FromTransport(DockerEndpoint.Parse("tcp://h:1"), wrapped);
        Assert.Equal(reason, e.Reason);
        Assert.Same(wrapped, e.InnerException);
        Assert.Contains("tcp://h:1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PermissionDeniedAdvisesTheDockerGroup()
    {
        var e = new EngineUnreachableException(DockerEndpoint.Parse("unix:///var/run/docker.sock"), UnreachableReason.PermissionDenied);
        Assert.Contains("permission denied on /var/run/docker.sock", e.Message, StringComparison.Ordinal);
        Assert.Contains("'docker' group", e.Message, StringComparison.Ordinal);
    }
}
