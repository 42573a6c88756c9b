namespace Containers.LanguageServer.Protocol;

/// <summary>Result of <c>containers/pushImage</c>.</summary>
/// <param name="Tag">The tag pushed.</param>
/// <param name="Digest">The manifest digest the registry stored (<c>sha256:…</c>); empty when the daemon did not say.</param>
/// <param name="Size">The manifest's size in bytes; 0 when the daemon did not say.</param>
public sealed record PushImageResult(string Tag, string Digest, long Size);
