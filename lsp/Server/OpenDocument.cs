using Containers.Engine.Dockerfile;

namespace Containers.LanguageServer.Server;

/// <summary>
/// One version of an open document: its text and, parsed on first use, its snapshot (parse once per version).
/// Immutable: every change makes a new instance, so a handler that took one sees a consistent version.
/// </summary>
public sealed class OpenDocument
{
    private DockerfileSnapshot? _snapshot;

    public OpenDocument(string uri, int version, string text)
    {
        Uri = uri;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>The parsed snapshot of this version (parsed by the first caller, on its thread).</summary>
    public DockerfileSnapshot Snapshot
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is null)
            {
                snapshot = DockerfileSnapshot.Create(Text, Version);
                snapshot = Interlocked.CompareExchange(ref _snapshot, snapshot, null) ?? snapshot;
            }

            return snapshot;
        }
    }
}
