using Containers.Engine.Api;

namespace Containers.Completers;

/// <summary>Completes container names (every state) from the engine the command line points at.</summary>
public sealed class ContainerNameCompleter : EngineNameCompleter
{
    /// <inheritdoc />
    protected override async Task<IEnumerable<string>> ListNamesAsync(EngineClient engine, CancellationToken cancellationToken) =>
        (await engine.Containers.ListAsync(new ListContainersOptions { All = true }, cancellationToken).ConfigureAwait(false)).SelectMany(c => c.Names.Take(1));
}
