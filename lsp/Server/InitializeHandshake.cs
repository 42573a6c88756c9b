using System.Globalization;
using System.Text;
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
    /// Reads the first message from <paramref name="input"/> on a thread of its own (it blocks on the input, which a pool
    /// thread should not) and, if it is initialize, writes the response to <paramref name="output"/> and then hands the
    /// request to <paramref name="initialize"/>, once Program has made it. Completes with the bytes StreamJsonRpc must
    /// read first.
    /// </summary>
    public static Task<ReadOnlyMemory<byte>> Start(Stream input, Stream output, Task<Action<InitializeParams>> initialize)
    {
        var done = new TaskCompletionSource<ReadOnlyMemory<byte>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
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
    private static ReadOnlyMemory<byte> Run(Stream input, Stream output, Task<Action<InitializeParams>> initialize)
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

        if (InitializeRequest.TryRead(buffer.AsMemory(bodyStart, bodyLength)) is not { } request)
        {
            return buffer.AsMemory(0, length);
        }

        // The answer depends on nothing the request says (InitializeAnswer), so it leaves first; the connection reads
        // nothing before this thread is done, so no message can meet the server before initialize has been applied.
        try
        {
            output.Write(InitializeAnswer.Response(request.Id.Span));
            output.Flush();
        }
        catch (IOException)
        {
            // The client has gone; the connection finds its input closed and ends the server as it always did.
        }

        ServerTimings.Mark("initialize-answered");

        // Program makes the handler while this thread reads; waiting here, on the handshake's own thread with no
        // synchronization context, is waiting for at most that.
#pragma warning disable VSTHRD002
        initialize.GetAwaiter().GetResult()(request.ToParameters());
#pragma warning restore VSTHRD002
        return buffer.AsMemory(messageEnd, length - messageEnd);
    }

    // The Content-Length header's value; null when it is missing or not a number (then StreamJsonRpc reports it).
    private static int? ContentLength(ReadOnlySpan<byte> headers)
    {
        foreach (var range in headers.Split("\r\n"u8))
        {
            var line = headers[range];
            var colon = line.IndexOf((byte)':');
            if (colon > 0 && Ascii.EqualsIgnoreCase(line[..colon].Trim(" \t"u8), "Content-Length"u8))
            {
                return int.TryParse(line[(colon + 1)..].Trim(" \t"u8), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
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
