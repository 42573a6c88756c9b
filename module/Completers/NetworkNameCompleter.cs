using Containers.Engine.Api;

namespace Containers.Completers;

/// <summary>Completes network names from the engine the command line points at.</summary>
public sealed class NetworkNameCompleter : EngineNameCompleter
{
    /// <inheritdoc />
    protected override async Task<IEnumerable<string>> ListNamesAsync(EngineClient engine, CancellationToken cancellationToken) =>
        (await engine.Networks.ListAsync(new ListNetworksOptions(), cancellationToken).ConfigureAwait(false)).Select(n => n.Name);
}
