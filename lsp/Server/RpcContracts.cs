using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Containers.LanguageServer.Explorer;
using StreamJsonRpc;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The two RPC targets' methods, read from their contracts (<see cref="ILanguageServer"/>, <see cref="IContainersExplorer"/>);
/// Program has it done on a pool thread while Main sets up the log, the formatter and the connection, which do not
/// need them (issue #10, bench/lsp/README.md "Start-up").
/// </summary>
internal sealed record RpcContracts(RpcContract LanguageServer, RpcContract Explorer)
{
    public static RpcContracts Read() => new(RpcContract.Of(typeof(ILanguageServer)), RpcContract.Of(typeof(IContainersExplorer)));
}

/// <summary>
/// A contract's methods with their <see cref="JsonRpcMethodAttribute"/>, added to a connection one by one. Reading
/// only that attribute is a third of what <c>RpcTargetMetadata.FromShape</c> did: it asked every method for three
/// attributes (JsonRpcMethod, JsonRpcIgnore, PolyType's MethodShape), each a scan of the method's custom attributes
/// through NativeAOT reflection, plus a by-signature lookup per method and the PolyType shapes; that was the largest
/// piece of Main. The registration is the same: each method under its attribute's name and settings, invoked on the
/// target object, on the connection's synchronization context.
/// </summary>
internal sealed class RpcContract
{
    private readonly (MethodInfo Method, JsonRpcMethodAttribute Settings)[] _methods;

    private RpcContract((MethodInfo, JsonRpcMethodAttribute)[] methods) => _methods = methods;

    /// <exception cref="InvalidOperationException">A method of <paramref name="contract"/> has no <see cref="JsonRpcMethodAttribute"/>.</exception>
    public static RpcContract Of([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type contract)
    {
        var methods = contract.GetMethods(BindingFlags.Public | BindingFlags.Instance);
        var entries = new (MethodInfo, JsonRpcMethodAttribute)[methods.Length];
        for (var i = 0; i < methods.Length; i++)
        {
            // Every method names its LSP method explicitly: a CLR name on the wire would be a silent bug.
            entries[i] = (methods[i], methods[i].GetCustomAttribute<JsonRpcMethodAttribute>()
                ?? throw new InvalidOperationException($"{contract.Name}.{methods[i].Name} has no [JsonRpcMethod]"));
        }

        return new RpcContract(entries);
    }

    /// <summary>Adds every method to <paramref name="rpc"/>, invoked on <paramref name="target"/>.</summary>
    public void AddTo(JsonRpc rpc, object target)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        foreach (var (method, settings) in _methods)
        {
            rpc.AddLocalRpcMethod(method, target, settings);
        }
    }
}
