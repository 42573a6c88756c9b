using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Api.Wire;
using Containers.Engine.Errors;

namespace Containers.Engine.Streams;

/// <summary>
/// Turns the bytes of a JSON message stream into <see cref="JsonMessage"/>s, whatever the read boundaries:
/// the daemon writes objects separated by CRLF, but a read may end inside one (or inside a UTF-8 character), and
/// some servers concatenate objects without a separator, so this finds object boundaries with a JSON reader
/// rather than by lines. Pure (no I/O) and one instance per stream. It does not throw for in-band errors: it
/// returns them as messages with <see cref="JsonMessage.IsError"/>; <see cref="JsonMessageReader"/> throws them.
/// </summary>
public sealed class JsonMessageDecoder
{
    /// <summary>The largest message held while waiting for its end; past it the stream is not a JSON message stream.</summary>
    public const int MaxMessageBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;

    /// <summary>Adds <paramref name="bytes"/> and returns every message they complete, in order.</summary>
    /// <exception cref="EngineApiException">The bytes are not a stream of JSON objects.</exception>
    public IReadOnlyList<JsonMessage> Push(ReadOnlySpan<byte> bytes)
    {
        Append(bytes);
        List<JsonMessage>? messages = null;
        while (TryTakeOne(out JsonMessage? message))
        {
            (messages ??= []).Add(message);
        }
        if (_end - _start > MaxMessageBytes)
        {
            throw Malformed($"a message is larger than {MaxMessageBytes} bytes", null);
        }
        return messages ?? (IReadOnlyList<JsonMessage>)[];
    }

    /// <summary>Call at the end of the stream: anything left but whitespace means the stream was cut inside a message.</summary>
    /// <exception cref="EndOfStreamException">The stream ended inside a message.</exception>
    public void Complete()
    {
        SkipWhitespace();
        if (_end > _start)
        {
            throw new EndOfStreamException($"The JSON message stream ended inside a message ({_end - _start} bytes of it were received).");
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_end + bytes.Length > _buffer.Length)
        {
            int live = _end - _start;
            if (live + bytes.Length > _buffer.Length)
            {
                byte[] bigger = new byte[Math.Max(_buffer.Length * 2, live + bytes.Length)];
                _buffer.AsSpan(_start, live).CopyTo(bigger);
                _buffer = bigger;
            }
            else
            {
                _buffer.AsSpan(_start, live).CopyTo(_buffer);
            }
            _start = 0;
            _end = live;
        }
        bytes.CopyTo(_buffer.AsSpan(_end));
        _end += bytes.Length;
    }

    private void SkipWhitespace()
    {
        while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _start++;
        }
    }

    private bool TryTakeOne(out JsonMessage message)
    {
        message = null!;
        SkipWhitespace();
        if (_start == _end)
        {
            _start = _end = 0;
            return false;
        }
        ReadOnlySpan<byte> pending = _buffer.AsSpan(_start, _end - _start);
        int length;
        try
        {
            var reader = new Utf8JsonReader(pending, isFinalBlock: false, state: default);
            if (!reader.Read())
            {
                return false;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Malformed($"expected a JSON object, found {reader.TokenType}", null);
            }
            if (!reader.TrySkip())
            {
                return false;
            }
            length = (int)reader.BytesConsumed;
        }
        catch (JsonException e)
        {
            throw Malformed(e.Message, e);
        }
        JsonMessageWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(pending[..length], EngineJsonContext.Default.JsonMessageWire);
        }
        catch (JsonException e)
        {
            throw Malformed(e.Message, e);
        }
        _start += length;
        message = ToMessage(wire ?? new JsonMessageWire());
        return true;
    }

    private static JsonMessage ToMessage(JsonMessageWire w) => new()
    {
        Status = w.Status,
        Id = w.Id,
        From = w.From,
        ProgressText = string.IsNullOrEmpty(w.Progress) ? null : w.Progress,
        Current = w.ProgressDetail?.Current,
        Total = w.ProgressDetail?.Total,
        Units = string.IsNullOrEmpty(w.ProgressDetail?.Units) ? null : w.ProgressDetail.Units,
        Stream = w.Stream,
        Aux = w.Aux is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } aux ? aux : null,
        // Old daemons send only "error", new ones both; a lone errorDetail is an error too (json_error.go).
        Error = !string.IsNullOrEmpty(w.Error) ? w.Error : !string.IsNullOrEmpty(w.ErrorDetail?.Message) ? w.ErrorDetail.Message : null,
        ErrorCode = w.ErrorDetail?.Code is > 0 ? w.ErrorDetail.Code : null,
        Time = w.TimeNano is > 0 ? DateTimeOffset.UnixEpoch.AddTicks(w.TimeNano.Value / 100) : w.Time is > 0 ? DateTimeOffset.FromUnixTimeSeconds(w.Time.Value) : null,
    };

    // The HTTP status was 200: the garbage came inside the body.
    private static EngineApiException Malformed(string why, Exception? inner) =>
        new(200, $"The engine sent a malformed JSON message stream: {why}.", inner);
}
