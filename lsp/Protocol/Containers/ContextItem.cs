namespace Containers.LanguageServer.Protocol;

/// <summary>One docker CLI context (a row of <c>docker context ls</c>).</summary>
/// <param name="Name">The context's name ("default" stands for DOCKER_HOST or the platform socket).</param>
/// <param name="Description">What its creator wrote; empty when nothing.</param>
/// <param name="Host">Its Docker endpoint URL.</param>
/// <param name="Current">True for the one the server talks to now.</param>
public sealed record ContextItem(string Name, string Description, string Host, bool Current);
