using System.Globalization;
using Containers.Engine.Models;

namespace Containers.Engine.Streams;

/// <summary>
/// Turns the bytes of a log response (multiplexed frames, or raw output for a TTY container) into
/// <see cref="LogLine"/>s, whatever the read boundaries: a frame, a UTF-8 character or a CRLF may be split across
/// reads. One instance per response. Pure: it only sees the bytes it is given.
/// </summary>
public sealed class LogLineDecoder
{
    private readonly FrameDecoder _frames;
    private readonly bool _timestamps;
    private readonly Dictionary<StreamKind, LineSplitter> _splitters = [];
    private readonly List<(StreamKind Stream, Range Range)> _pieces = [];
    private readonly List<string> _texts = [];

    /// <param name="multiplexed">False for a TTY container: everything is stdout.</param>
    /// <param name="timestamps">The lines start with the engine's RFC 3339 time (docker logs -t): parse it into <see cref="LogLine.Timestamp"/>.</param>
    public LogLineDecoder(bool multiplexed, bool timestamps)
    {
        _frames = new FrameDecoder(multiplexed);
        _timestamps = timestamps;
    }

    /// <summary>True while a frame is incomplete: the response must not end here.</summary>
    public bool InsideFrame => _frames.InsideFrame;

    /// <summary>Decodes <paramref name="data"/> and appends every line it completes to <paramref name="lines"/>, in order.</summary>
    public void Push(ReadOnlySpan<byte> data, List<LogLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _pieces.Clear();
        _frames.Decode(data, _pieces);
        foreach ((StreamKind stream, Range range) in _pieces)
        {
            if (!_splitters.TryGetValue(stream, out LineSplitter? splitter))
            {
                splitter = new LineSplitter();
                _splitters[stream] = splitter;
            }
            _texts.Clear();
            splitter.Push(data[range], _texts);
            foreach (string text in _texts)
            {
                lines.Add(ToLine(stream, text, _timestamps));
            }
        }
    }

    /// <summary>At the end of the response: appends the last line of each stream that did not end with a line break.</summary>
    public void Finish(List<LogLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach ((StreamKind stream, LineSplitter splitter) in _splitters)
        {
            if (splitter.Flush() is { } text)
            {
                lines.Add(ToLine(stream, text, _timestamps));
            }
        }
    }

    /// <summary>One line of text as a <see cref="LogLine"/>; with <paramref name="timestamps"/>, the leading time is parsed off.</summary>
    public static LogLine ToLine(StreamKind stream, string line, bool timestamps)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (timestamps)
        {
            // "2026-11-28T10:00:00.123456789Z text": RFC 3339 with nanoseconds, then one space.
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string stamp = space < 0 ? line : line[..space];
            if (DateTimeOffset.TryParse(TrimToTicks(stamp), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time))
            {
                return new LogLine { Stream = stream, Timestamp = time, Text = space < 0 ? "" : line[(space + 1)..] };
            }
        }
        return new LogLine { Stream = stream, Text = line };
    }

    // .NET parses at most 7 fractional digits; the engine writes 9.
    private static string TrimToTicks(string stamp)
    {
        int dot = stamp.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return stamp;
        }
        int end = dot + 1;
        while (end < stamp.Length && char.IsDigit(stamp[end]))
        {
            end++;
        }
        return end - dot - 1 > 7 ? stamp[..(dot + 8)] + stamp[end..] : stamp;
    }
}
