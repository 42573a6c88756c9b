namespace Containers.Engine.Models;

/// <summary>One thing that happened during an image build, in order; the last one is <see cref="BuildEventKind.Built"/>.</summary>
public sealed record BuildEvent
{
    /// <summary>What this event reports.</summary>
    public required BuildEventKind Kind { get; init; }

    /// <summary>Bytes of the context tar sent so far (ContextSending) or in all (ContextSent and after).</summary>
    public long ContextBytes { get; init; }

    /// <summary>The current step, 1-based; 0 before the first.</summary>
    public int Step { get; init; }

    /// <summary>The number of steps; 0 before the first.</summary>
    public int StepCount { get; init; }

    /// <summary>Step: the instruction ("RUN make"); Output: the line, without its line break; null otherwise.</summary>
    public string? Text { get; init; }

    /// <summary>Built: the image id (<c>sha256:…</c>); null otherwise.</summary>
    public string? ImageId { get; init; }
}
