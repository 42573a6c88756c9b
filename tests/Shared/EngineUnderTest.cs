using Containers.Engine.Api;
using Containers.Engine.Connection;

namespace Containers.Tests;

/// <summary>
/// The real engine the tests run against: the endpoint DOCKER_HOST or the default socket resolves to.
/// There is no fallback and no skip: if it cannot be reached, the test fails and says why.
/// </summary>
internal static class EngineUnderTest
{
    public static DockerEndpoint Endpoint => EndpointResolver.Resolve(getEnvironmentVariable: name =>
        name is EndpointResolver.DockerContextVariable or "DOCKER_CONFIG" ? null : Environment.GetEnvironmentVariable(name)).Endpoint;

    public static Task<EngineClient> ConnectAsync() => EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);
}
