using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Answers the client's first message, <c>initialize</c>, from stdin to stdout on a thread of its own while Program
/// builds the JSON-RPC connection (issue #10, cold start: setting up StreamJsonRpc and registering ~50 methods took
/// most of the time from our Main to the answer, and none of it is needed to answer initialize). Only a well-formed
/// initialize request is answered here. Anything else (another method first, a notification, an unreadable header or
/// body, parameters that do not read) is left whole to StreamJsonRpc, which answers it exactly as before
/// (ServerNotInitialized, Parse error, its deserializer's error). Either way the bytes read and not answered are returned, for
/// StreamJsonRpc to read first (<see cref="ReplayingStream"/>).
/// </summary>
internal static class InitializeHandshake
{
    // An initialize request is a few KB (VS Code's about 10 KB); anything far larger is left to StreamJsonRpc.
    private const int MaxHeaderBytes = 8 * 1024;
    private const int MaxBodyBytes = 1024 * 1024;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    /// <summary>
    /// Runs <paramref name="prepare"/>, then reads the first message from <paramref name="input"/>, on a thread of its own
    /// (it blocks on the input, which a pool thread should not) and, if it is initialize, writes the response to
    /// <paramref name="output"/>. The result is what <paramref name="initialize"/> answers, once Program has made it.
    /// Completes with the bytes StreamJsonRpc must read first. <paramref name="prepare"/> is work the answer needs, done
    /// first on this thread: a pool thread of a fresh process starts only milliseconds later, and this one would wait for it.
    /// </summary>
    public static Task<ReadOnlyMemory<byte>> Start(Stream input, Stream output, Action prepare, Task<Func<InitializeParams, Task<JsonElement>>> initialize)
    {
        var done = new TaskCompletionSource<ReadOnlyMemory<byte>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                prepare();
                done.SetResult(Run(input, output, initialize));
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "initialize",
        };
        thread.Start();
        return done.Task;
    }

    // Reads the first message and answers it if it is initialize; returns the bytes StreamJsonRpc must read first.
    private static ReadOnlyMemory<byte> Run(Stream input, Stream output, Task<Func<InitializeParams, Task<JsonElement>>> initialize)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        int headerEnd;
        while ((headerEnd = buffer.AsSpan(0, length).IndexOf(HeaderEnd)) < 0)
        {
            if (length >= MaxHeaderBytes || !Fill(input, ref buffer, ref length, length + 1))
            {
                return buffer.AsMemory(0, length);
            }
        }

        var bodyStart = headerEnd + HeaderEnd.Length;
        if (ContentLength(buffer.AsSpan(0, headerEnd)) is not int bodyLength || bodyLength > MaxBodyBytes)
        {
            return buffer.AsMemory(0, length);
        }

        var messageEnd = bodyStart + bodyLength;
        while (length < messageEnd)
        {
            if (!Fill(input, ref buffer, ref length, messageEnd))
            {
                return buffer.AsMemory(0, length);
            }
        }

        if (Answer(buffer.AsMemory(bodyStart, bodyLength), initialize) is not { } response)
        {
            return buffer.AsMemory(0, length);
        }

        try
        {
            output.Write(response);
            output.Flush();
        }
        catch (IOException)
        {
            // The client has gone; the connection finds its input closed and ends the server as it always did.
        }

        ServerTimings.Mark("initialize-answered");
        return buffer.AsMemory(messageEnd, length - messageEnd);
    }

    // The response (header and body) to a well-formed initialize request; null for anything StreamJsonRpc should see instead.
    private static byte[]? Answer(ReadOnlyMemory<byte> message, Task<Func<InitializeParams, Task<JsonElement>>> initialize)
    {
        InitializeParams? parameters;
        JsonElement id;
        try
        {
            using var document = JsonDocument.Parse(message);
            var request = document.RootElement;
            if (request.ValueKind != JsonValueKind.Object
                || !request.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || !version.ValueEquals("2.0")
                || !request.TryGetProperty("method", out var method) || method.ValueKind != JsonValueKind.String || !method.ValueEquals("initialize")
                || !request.TryGetProperty("id", out id) || id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String)
                || !request.TryGetProperty("params", out var parametersJson) || parametersJson.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            id = id.Clone();
            parameters = ReadParameters(parametersJson);
        }
        catch (JsonException)
        {
            // The connection reads the same bytes and answers with the error, as for any other message.
            return null;
        }

        if (parameters is null)
        {
            return null;
        }

        // The answer was made on this thread before it read (prepare); Program makes the handler meanwhile. Waiting
        // here, on the handshake's own thread with no synchronization context, is waiting for at most that.
#pragma warning disable VSTHRD002
        var result = initialize.GetAwaiter().GetResult()(parameters).GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
        var body = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc"u8, "2.0"u8);
            writer.WritePropertyName("id"u8);
            id.WriteTo(writer);
            writer.WritePropertyName("result"u8);
            result.WriteTo(writer);
            writer.WriteEndObject();
        }

        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.WrittenCount}\r\n\r\n"));
        var response = new byte[header.Length + body.WrittenCount];
        header.CopyTo(response, 0);
        body.WrittenSpan.CopyTo(response.AsSpan(header.Length));
        return response;
    }

    // The four fields the server reads, straight from the parsed request: asking System.Text.Json for InitializeParams
    // builds its serializer metadata first, 3–11 ms at this point of a fresh process, more than everything else the
    // handshake does. Strict: a field of another JSON type than the record's is left to the connection, whose
    // deserializer answers it with its error, as before.
    private static InitializeParams? ReadParameters(JsonElement parameters)
    {
        int? processId = null;
        if (parameters.TryGetProperty("processId", out var pid) && pid.ValueKind != JsonValueKind.Null)
        {
            if (pid.ValueKind != JsonValueKind.Number || !pid.TryGetInt32(out var value))
            {
                return null;
            }

            processId = value;
        }

        ClientInfo? clientInfo = null;
        if (parameters.TryGetProperty("clientInfo", out var client) && client.ValueKind != JsonValueKind.Null)
        {
            if (client.ValueKind != JsonValueKind.Object
                || !client.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || (client.TryGetProperty("version", out var version) && version.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
            {
                return null;
            }

            clientInfo = new ClientInfo(name.GetString()!, version.ValueKind == JsonValueKind.String ? version.GetString() : null);
        }

        return new InitializeParams
        {
            ProcessId = processId,
            ClientInfo = clientInfo,
            Capabilities = Element(parameters, "capabilities"),
            InitializationOptions = Element(parameters, "initializationOptions"),
        };
    }

    // A JsonElement? property as System.Text.Json fills it: absent or JSON null is null.
    private static JsonElement? Element(JsonElement parameters, string name) =>
        parameters.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    // The Content-Length header's value; null when it is missing or not a number (then StreamJsonRpc reports it).
    private static int? ContentLength(ReadOnlySpan<byte> headers)
    {
        foreach (var line in Encoding.ASCII.GetString(headers).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                return int.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
            }
        }

        return null;
    }

    // Reads at least once more, growing the buffer to hold `needed` bytes; false at the end of the input, or when it
    // fails (the connection then reads on and ends the server as it always did).
    private static bool Fill(Stream input, ref byte[] buffer, ref int length, int needed)
    {
        if (needed > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }

        int read;
        try
        {
            read = input.Read(buffer, length, buffer.Length - length);
        }
        catch (IOException)
        {
            return false;
        }

        length += read;
        return read > 0;
    }
}
