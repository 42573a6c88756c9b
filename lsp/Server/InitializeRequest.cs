using System.Text.Json;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// A well-formed first <c>initialize</c> request, read by <see cref="InitializeHandshake"/> with a
/// <see cref="Utf8JsonReader"/> in one pass: no <see cref="JsonDocument"/> and no serializer metadata before the answer
/// leaves (issue #10, cold start). The values the server keeps (<see cref="InitializeParams"/>) are made afterwards,
/// by <see cref="ToParameters"/>. Strict like the connection's deserializer: a field of another JSON type than the
/// record's makes it not well-formed, and the connection then answers it with its error.
/// </summary>
internal sealed class InitializeRequest
{
    private readonly ReadOnlyMemory<byte> _message;
    private Range? _capabilities;
    private Range? _initializationOptions;

    private InitializeRequest(ReadOnlyMemory<byte> message)
    {
        _message = message;
    }

    /// <summary>The request's id as written (a JSON number or string), to echo in the response.</summary>
    public ReadOnlyMemory<byte> Id { get; private set; }

    private int? ProcessId { get; set; }

    private ClientInfo? ClientInfo { get; set; }

    /// <summary>
    /// Reads <paramref name="message"/>; null unless it is one JSON object with <c>"jsonrpc": "2.0"</c>,
    /// <c>"method": "initialize"</c>, a number or string id and object params whose fields have the types LSP gives them.
    /// When a property is repeated the last one counts, as for <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>.
    /// </summary>
    public static InitializeRequest? TryRead(ReadOnlyMemory<byte> message)
    {
        var request = new InitializeRequest(message);
        try
        {
            return request.Read() ? request : null;
        }
        catch (JsonException)
        {
            // Not JSON: the connection reads the same bytes and answers with its Parse error.
            return null;
        }
    }

    /// <summary>The parameters the server keeps; capabilities and options become elements of their own.</summary>
    public InitializeParams ToParameters() => new()
    {
        ProcessId = ProcessId,
        ClientInfo = ClientInfo,
        Capabilities = Element(_capabilities),
        InitializationOptions = Element(_initializationOptions),
    };

    private bool Read()
    {
        var reader = new Utf8JsonReader(_message.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool version = false, method = false, parameters = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("jsonrpc"u8))
            {
                version = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8);
            }
            else if (name.ValueTextEquals("method"u8))
            {
                method = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("initialize"u8);
            }
            else if (name.ValueTextEquals("id"u8))
            {
                Id = reader.TokenType is JsonTokenType.Number or JsonTokenType.String ? _message[Value(ref reader)] : default;
            }
            else if (name.ValueTextEquals("params"u8))
            {
                parameters = reader.TokenType == JsonTokenType.StartObject && ReadParameters(ref reader);
            }

            // Past the value, whatever it was (a no-op after a scalar or an object read to its end above).
            reader.Skip();
        }

        // Only white space may follow the object (the reader throws on anything else).
        return !reader.Read() && version && method && parameters && !Id.IsEmpty;
    }

    // The params object, the reader on its start; false when a field the server reads has the wrong JSON type.
    private bool ReadParameters(ref Utf8JsonReader reader)
    {
        ProcessId = null;
        ClientInfo = null;
        _capabilities = _initializationOptions = null;
        bool validProcessId = true, validClientInfo = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("processId"u8))
            {
                ProcessId = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var processId) ? processId : null;
                validProcessId = ProcessId is not null || reader.TokenType == JsonTokenType.Null;
            }
            else if (name.ValueTextEquals("clientInfo"u8))
            {
                ClientInfo = reader.TokenType == JsonTokenType.StartObject ? ReadClientInfo(ref reader) : null;
                validClientInfo = ClientInfo is not null || reader.TokenType == JsonTokenType.Null;
            }
            else if (name.ValueTextEquals("capabilities"u8))
            {
                _capabilities = reader.TokenType == JsonTokenType.Null ? null : Value(ref reader);
            }
            else if (name.ValueTextEquals("initializationOptions"u8))
            {
                _initializationOptions = reader.TokenType == JsonTokenType.Null ? null : Value(ref reader);
            }

            reader.Skip();
        }

        return validProcessId && validClientInfo;
    }

    // clientInfo, the reader on its start, read to its end; null unless the name is a string and the version, if
    // there, a string or null.
    private static ClientInfo? ReadClientInfo(ref Utf8JsonReader reader)
    {
        string? name = null, version = null;
        var validVersion = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader;
            reader.Read();
            if (property.ValueTextEquals("name"u8))
            {
                name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (property.ValueTextEquals("version"u8))
            {
                validVersion = reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
                version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return validVersion && name is not null ? new ClientInfo(name, version) : null;
    }

    // Where the value the reader is on lies in the message, skipping to its end when it is an object or array.
    private static Range Value(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return start..(int)reader.BytesConsumed;
    }

    private JsonElement? Element(Range? value)
    {
        if (value is not { } range)
        {
            return null;
        }

        var reader = new Utf8JsonReader(_message.Span[range]);
        return JsonElement.ParseValue(ref reader);
    }
}
