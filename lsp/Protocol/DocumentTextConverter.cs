using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Reads a document's whole text (didOpen, a full-text didChange) from its JSON string straight into the string the
/// server keeps. System.Text.Json first unescapes a string with escapes (every line break is one) into a rented buffer
/// as large as the text, then decodes that; for a 200 KB Dockerfile the buffer was 50 pages of fresh memory in the
/// first didOpen (issue #10). Strings without escapes, split across buffers, or with a <c>\u</c> escape of a surrogate
/// are left to <see cref="Utf8JsonReader.GetString"/>, which also gives any error exactly as before.
/// </summary>
internal sealed class DocumentTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && !reader.HasValueSequence
            && DecodedLength(reader.ValueSpan) is int length)
        {
            return string.Create(length, reader.ValueSpan, static (chars, escaped) => Decode(escaped, chars));
        }

        return reader.GetString();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // The number of UTF-16 code units the escaped JSON string decodes to; null when it is left to GetString: invalid
    // UTF-8, or a \u escape of a surrogate (which GetString pairs up or rejects). The reader has checked the escapes.
    private static int? DecodedLength(ReadOnlySpan<byte> escaped)
    {
        var length = 0;
        while (true)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            var run = backslash < 0 ? escaped : escaped[..backslash];
            if (!Utf8.IsValid(run))
            {
                return null;
            }

            length += Encoding.UTF8.GetCharCount(run);
            if (backslash < 0)
            {
                return length;
            }

            if (escaped[backslash + 1] == 'u')
            {
                if (char.IsSurrogate((char)HexValue(escaped.Slice(backslash + 2, 4))))
                {
                    return null;
                }

                escaped = escaped[(backslash + 6)..];
            }
            else
            {
                escaped = escaped[(backslash + 2)..];
            }

            length++;
        }
    }

    // Writes what DecodedLength counted: the runs between escapes transcoded, each escape as its one character.
    private static void Decode(ReadOnlySpan<byte> escaped, Span<char> chars)
    {
        while (true)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            var run = backslash < 0 ? escaped : escaped[..backslash];
            var written = Encoding.UTF8.GetChars(run, chars);
            chars = chars[written..];
            if (backslash < 0)
            {
                return;
            }

            var kind = escaped[backslash + 1];
            chars[0] = kind switch
            {
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'u' => (char)HexValue(escaped.Slice(backslash + 2, 4)),
                _ => (char)kind, // \" \\ \/
            };
            chars = chars[1..];
            escaped = escaped[(backslash + (kind == 'u' ? 6 : 2))..];
        }
    }

    private static int HexValue(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }
}
