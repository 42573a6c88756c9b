namespace Containers.Engine.Connection;

/// <summary>The endpoint chosen and the name of the context it came from ("default" for DOCKER_HOST and the platform default).</summary>
public sealed record ResolvedEndpoint(DockerEndpoint Endpoint, string ContextName);
