using System.Collections.Concurrent;
using Containers.Engine.Dockerfile;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The open documents: one parsed snapshot per URI, replaced on every change (parse once per version).
/// A change older than the stored version is ignored.
/// </summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DockerfileSnapshot> _documents = new(StringComparer.Ordinal);

    public DockerfileSnapshot? Get(string uri) => _documents.TryGetValue(uri, out var snapshot) ? snapshot : null;

    /// <summary>Stores <paramref name="snapshot"/> unless a newer version is already there; returns the stored one.</summary>
    public DockerfileSnapshot Update(string uri, DockerfileSnapshot snapshot) =>
        _documents.AddOrUpdate(uri, snapshot, (_, existing) => existing.Version > snapshot.Version ? existing : snapshot);

    public bool Remove(string uri) => _documents.TryRemove(uri, out _);

    public int Count => _documents.Count;
}
