using Containers.Engine.Dockerfile;

namespace Containers.LanguageServer.Server;

/// <summary>
/// One version of an open document: its text and, parsed on first use, its snapshot (parse once per version).
/// Immutable: every change makes a new instance, so a handler that took one sees a consistent version.
/// </summary>
/// <remarks>
/// A version made by an edit keeps the latest parsed snapshot before it (its basis) until its own is parsed, so
/// that parse re-parses only what the edits touched (<see cref="DockerfileSnapshot.Update"/>). Only one basis is
/// ever held: versions edited in a burst, never parsed, pass the same basis on rather than a chain of texts.
/// </remarks>
public sealed class OpenDocument
{
    private readonly object _parsing = new();
    private DockerfileSnapshot? _snapshot;
    private DockerfileSnapshot? _basis;

    public OpenDocument(string uri, int version, string text)
        : this(uri, version, text, null)
    {
    }

    private OpenDocument(string uri, int version, string text, DockerfileSnapshot? basis)
    {
        Uri = uri;
        Version = version;
        Text = text;
        _basis = basis;
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>The parsed snapshot of this version (parsed once, by the first caller, on its thread).</summary>
    public DockerfileSnapshot Snapshot
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is not null)
            {
                return snapshot;
            }

            lock (_parsing)
            {
                if (_snapshot is null)
                {
                    Volatile.Write(ref _snapshot, _basis is { } basis ? basis.Update(Text, Version) : DockerfileSnapshot.Create(Text, Version));
                    Volatile.Write(ref _basis, null);
                }

                return _snapshot;
            }
        }
    }

    /// <summary>The next version, <paramref name="text"/>, parsed (when needed) from this one's parse or its basis.</summary>
    public OpenDocument WithText(int version, string text)
    {
        // No lock: a didChange must not wait for a parse in progress. Losing the race to it only means the next
        // version parses the whole text.
        var basis = Volatile.Read(ref _snapshot) ?? Volatile.Read(ref _basis);
        return new OpenDocument(Uri, version, text, basis);
    }
}
