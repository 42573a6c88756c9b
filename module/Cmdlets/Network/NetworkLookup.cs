using Containers.Engine.Api;
using Containers.Engine.Models;

namespace Containers;

/// <summary>How network cmdlets name and describe networks.</summary>
internal static class NetworkLookup
{
    /// <summary>"network 'web' (3f2a9c1b0d4e)": the ShouldProcess target and error text.</summary>
    public static string Describe(NetworkDetails network) => $"network '{network.Name}' ({DisplayFormat.ShortId(network.Id)})";

    /// <summary>Inspects every network concurrently: the list call does not report attached containers.</summary>
    public static async Task<NetworkDetails[]> InspectAllAsync(EngineClient engine, IEnumerable<NetworkDetails> networks, CancellationToken cancellationToken) =>
        await Task.WhenAll(networks.Select(n => InspectOrKeepAsync(engine, n, cancellationToken)));

    // A network removed between list and inspect is reported as listed.
    private static async Task<NetworkDetails> InspectOrKeepAsync(EngineClient engine, NetworkDetails network, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.Networks.InspectAsync(network.Id, cancellationToken);
        }
        catch (Engine.Errors.EngineNotFoundException)
        {
            return network;
        }
    }
}
