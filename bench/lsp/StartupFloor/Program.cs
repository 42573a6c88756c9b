using System.Text;

namespace StartupFloor;

/// <summary>
/// Answers initialize and shutdown with fixed bodies, publishes empty diagnostics on didOpen and ends on exit. No
/// JSON library, no JSON-RPC library, no threads of its own: what is left is process creation, the NativeAOT
/// runtime's start and stdio, the part of a cold start no language server built this way can avoid.
/// </summary>
public static class Program
{
    public static int Main()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        var buffer = new byte[1 << 20];
        var length = 0;
        while (true)
        {
            int headerEnd;
            while ((headerEnd = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8)) < 0)
            {
                if (!Fill(input, buffer, ref length))
                {
                    return 1;
                }
            }

            var header = Encoding.ASCII.GetString(buffer, 0, headerEnd);
            var bodyLength = int.Parse(header.AsSpan(header.IndexOf(':', StringComparison.Ordinal) + 1).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var end = headerEnd + 4 + bodyLength;
            while (length < end)
            {
                if (!Fill(input, buffer, ref length))
                {
                    return 1;
                }
            }

            var body = Encoding.UTF8.GetString(buffer, headerEnd + 4, bodyLength);
            buffer.AsSpan(end, length - end).CopyTo(buffer);
            length -= end;
            var method = Field(body, "\"method\":\"", '"');
            var id = Field(body, "\"id\":", ',');
            switch (method)
            {
                case "initialize":
                    Send(output, $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":{{\"capabilities\":{{\"textDocumentSync\":2}},\"serverInfo\":{{\"name\":\"startup floor\"}}}}}}");
                    break;
                case "shutdown":
                    Send(output, $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":null}}");
                    break;
                case "textDocument/didOpen":
                    Send(output, $"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{{\"uri\":\"{Field(body, "\"uri\":\"", '"')}\",\"diagnostics\":[]}}}}");
                    break;
                case "exit":
                    return 0;
            }
        }
    }

    private static bool Fill(Stream input, byte[] buffer, ref int length)
    {
        var read = input.Read(buffer, length, buffer.Length - length);
        length += read;
        return read > 0;
    }

    // Good enough for the bench client's compact JSON: the text after `start` up to `stop`.
    private static string? Field(string body, string start, char stop)
    {
        var at = body.IndexOf(start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        at += start.Length;
        var to = body.IndexOfAny([stop, '}'], at);
        return body[at..to];
    }

    private static void Send(Stream output, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        output.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        output.Write(body);
        output.Flush();
    }
}
