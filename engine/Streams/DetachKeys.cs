using System.Buffers;

namespace Containers.Engine.Streams;

/// <summary>
/// The key sequence that detaches from an interactive session without stopping the process, in the docker CLI's
/// notation (<c>--detach-keys</c>): comma-separated keys, each a single character or <c>ctrl-X</c> with X one of
/// a–z, @, [, \, ], ^, _. Matched on the client (<see cref="Scan"/>), as docker CLI does.
/// </summary>
public sealed class DetachKeys
{
    /// <summary>docker's default, ctrl-p then ctrl-q.</summary>
    public const string DefaultSequence = "ctrl-p,ctrl-q";

    private readonly byte[] _keys;
    private int _matched;

    private DetachKeys(string text, byte[] keys)
    {
        Text = text;
        _keys = keys;
    }

    /// <summary>The sequence as the user wrote it; what the daemon is given.</summary>
    public string Text { get; }

    /// <summary>The bytes the sequence stands for, in order.</summary>
    public ReadOnlyMemory<byte> Bytes => _keys;

    /// <summary>Parses docker's notation.</summary>
    /// <exception cref="FormatException">Not a valid sequence (the message names the bad key).</exception>
    public static DetachKeys Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new List<byte>();
        foreach (string key in text.Split(','))
        {
            if (key.Length == 1 && key[0] < 0x80)
            {
                keys.Add((byte)key[0]);
            }
            else if (key.Length == 6 && key.StartsWith("ctrl-", StringComparison.OrdinalIgnoreCase) && ControlCode(key[5]) is { } code)
            {
                keys.Add(code);
            }
            else
            {
                throw new FormatException($"'{key}' is not a valid detach key: use a single character or ctrl-<value> where <value> is one of a-z, @, ^, [, \\, ], _ (e.g. '{DefaultSequence}').");
            }
        }
        return new DetachKeys(text, [.. keys]);
    }

    /// <summary>
    /// Filters keystrokes on their way to the process, as docker CLI's escape proxy does: bytes that may start the
    /// sequence are held back until it is complete (then they are dropped and true is returned: detach) or broken
    /// (then they are forwarded). Everything else is appended to <paramref name="forward"/> in order. The process never
    /// sees the sequence, so the client detaches by half-closing, never the daemon on its own (which, for an exec,
    /// ends the process). Not thread-safe: call from the one writer.
    /// </summary>
    public bool Scan(ReadOnlySpan<byte> input, IBufferWriter<byte> forward)
    {
        ArgumentNullException.ThrowIfNull(forward);
        foreach (byte b in input)
        {
            if (b == _keys[_matched])
            {
                if (++_matched == _keys.Length)
                {
                    _matched = 0;
                    return true;
                }
                continue;
            }
            forward.Write(_keys.AsSpan(0, _matched));
            _matched = 0;
            if (b == _keys[0])
            {
                if (_keys.Length == 1)
                {
                    return true;
                }
                _matched = 1;
            }
            else
            {
                forward.Write([b]);
            }
        }
        return false;
    }

    private static byte? ControlCode(char c) => c switch
    {
        >= 'a' and <= 'z' => (byte)(c - 'a' + 1),
        >= 'A' and <= 'Z' => (byte)(c - 'A' + 1),
        '@' => 0,
        '[' => 27,
        '\\' => 28,
        ']' => 29,
        '^' => 30,
        '_' => 31,
        _ => null,
    };
}
