using System.Text.Json;

namespace Containers.Engine.Streams;

/// <summary>
/// One message of a Docker JSON message stream (pull, push, build, load, import), as the daemon writes it
/// (moby <c>api/types/jsonstream.Message</c>). Every field is optional; which ones appear depends on the operation.
/// </summary>
public sealed record JsonMessage
{
    /// <summary>A status line ("Downloading", "Pull complete", "Status: Downloaded newer image for …"); null when absent.</summary>
    public string? Status { get; init; }

    /// <summary>What the status is about: a short layer id, or a tag in "Pulling from" headers; null when absent.</summary>
    public string? Id { get; init; }

    /// <summary>The image a message of an import or a load comes from; null when absent.</summary>
    public string? From { get; init; }

    /// <summary>The daemon's pre-rendered progress bar text (legacy; prefer <see cref="Current"/>/<see cref="Total"/>).</summary>
    public string? ProgressText { get; init; }

    /// <summary>Bytes (or <see cref="Units"/>) done so far in the current phase of <see cref="Id"/>; null when not reported.</summary>
    public long? Current { get; init; }

    /// <summary>Bytes (or <see cref="Units"/>) the current phase needs in all; null or 0 when unknown.</summary>
    public long? Total { get; init; }

    /// <summary>The unit of <see cref="Current"/>/<see cref="Total"/> when not bytes (e.g. "items"); null for bytes.</summary>
    public string? Units { get; init; }

    /// <summary>Build output text, line breaks included; null when absent.</summary>
    public string? Stream { get; init; }

    /// <summary>Auxiliary data: the build result <c>{"ID":"sha256:…"}</c>, the push result <c>{"Tag","Digest","Size"}</c>; null when absent.</summary>
    public JsonElement? Aux { get; init; }

    /// <summary>An error reported in the stream (the operation failed although the HTTP status was 200); null when none.</summary>
    public string? Error { get; init; }

    /// <summary>The error's code when the daemon gave one (often an HTTP status); null otherwise.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>When the daemon wrote the message (import/load only); null otherwise.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>True when this message reports the failure of the operation.</summary>
    public bool IsError => Error is not null;
}
