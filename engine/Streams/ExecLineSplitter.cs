using Containers.Engine.Models;

namespace Containers.Engine.Streams;

/// <summary>
/// Splits an exec's output into lines, one <see cref="LineSplitter"/> per stream: stdout, and stderr, where the
/// engine's system-error frames belong too (with a TTY everything arrives as stdout). One instance per exec; the
/// blocking and the async exec paths both use it, so the two give the same lines.
/// </summary>
public sealed class ExecLineSplitter
{
    private readonly LineSplitter _stdout = new();
    private readonly LineSplitter _stderr = new();
    private readonly List<string> _texts = [];

    /// <summary>Appends to <paramref name="lines"/> every line that <paramref name="data"/>, from <paramref name="stream"/>, completes.</summary>
    public void Push(StreamKind stream, ReadOnlySpan<byte> data, ICollection<ExecOutputLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        StreamKind kind = stream is StreamKind.Stderr or StreamKind.SystemError ? StreamKind.Stderr : StreamKind.Stdout;
        _texts.Clear();
        (kind == StreamKind.Stderr ? _stderr : _stdout).Push(data, _texts);
        foreach (string text in _texts)
        {
            lines.Add(new ExecOutputLine(kind, text));
        }
    }

    /// <summary>At the end of the output: appends the last line of stdout, then of stderr, that did not end with a line break.</summary>
    public void Finish(ICollection<ExecOutputLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (_stdout.Flush() is { } lastOut)
        {
            lines.Add(new ExecOutputLine(StreamKind.Stdout, lastOut));
        }
        if (_stderr.Flush() is { } lastErr)
        {
            lines.Add(new ExecOutputLine(StreamKind.Stderr, lastErr));
        }
    }
}
