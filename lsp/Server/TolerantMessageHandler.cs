using System.IO.Pipelines;
using System.Text.Json;
using Nerdbank.Streams;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Content-Length framing that survives a message whose body is not a JSON-RPC message. StreamJsonRpc closes the
/// connection on such a body; this handler answers it as JSON-RPC says (Parse error -32700 for invalid JSON,
/// Invalid Request -32600 for JSON that is no request, with a null id) and reads on, so one bad message never
/// ends the session (issue #10 "Robustness"). The body has been consumed by then, so the stream stays in step.
/// </summary>
internal sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2213", Justification = "Not owned: Program disposes the log.")]
    private readonly ServerLog _log;

    // StreamJsonRpc's own reader for a stream reads into 4 KB pieces, and every read of stdin is a trip through the
    // thread pool: a 200 KB didOpen was 50 of them, and JsonDocument copied its 50 pieces into one array before parsing.
    // With 1 MB pieces a message of up to about that size lands in one, read in pipe-sized (64 KB) reads, and is parsed
    // where it lies (issue #10). The pool's arrays are not zeroed, so only the bytes actually read touch memory.
    private const int ReadBufferBytes = 1024 * 1024;

    public TolerantMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter, ServerLog log)
        : base(sendingStream.UsePipeWriter(), PipeReader.Create(receivingStream, new StreamPipeReaderOptions(bufferSize: ReadBufferBytes, leaveOpen: true)), formatter)
    {
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                ServerTimings.Mark("message-read");
                return message;
            }
            catch (Exception e) when (e is not (OperationCanceledException or IOException or ObjectDisposedException or BadRpcHeaderException))
            {
                // The JSON reader's errors carry a position; the formatter's "not a message object" ones do not.
                var invalidJson = e is JsonException { BytePositionInLine: not null };
                var code = invalidJson ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest;
                _log.Error($"unreadable message ({code}): {e.Message}");
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = code, Message = invalidJson ? "Parse error" : "Invalid Request" },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
