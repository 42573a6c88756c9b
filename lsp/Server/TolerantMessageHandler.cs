using System.Text.Json;
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

    public TolerantMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter, ServerLog log)
        : base(sendingStream, receivingStream, formatter)
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
