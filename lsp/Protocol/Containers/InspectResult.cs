namespace Containers.LanguageServer.Protocol;

/// <summary>Result of <c>containers/inspect</c>: the daemon's answer as indented JSON text, every field included.</summary>
public sealed record InspectResult(string Json);
