using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>JsonRpc that logs every exception a handler throws before it is answered as a JSON-RPC error.</summary>
internal sealed class LspJsonRpc : JsonRpc
{
    private readonly ServerLog _log;

    public LspJsonRpc(IJsonRpcMessageHandler handler, ServerLog log)
        : base(handler)
    {
        _log = log;
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException)
        {
            _log.Debug($"{request.Method}: {exception.Message}");
        }
        else
        {
            _log.Error($"{request.Method} failed: {exception}");
        }

        return base.CreateErrorDetails(request, exception);
    }
}
