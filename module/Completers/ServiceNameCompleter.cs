using Containers.Engine.Api;

namespace Containers.Completers;

/// <summary>Completes swarm service names from the engine the command line points at (nothing when it is no manager).</summary>
public sealed class ServiceNameCompleter : EngineNameCompleter
{
    /// <inheritdoc />
    protected override async Task<IEnumerable<string>> ListNamesAsync(EngineClient engine, CancellationToken cancellationToken) =>
        (await engine.Services.ListAsync(new ListServicesOptions(), cancellationToken).ConfigureAwait(false)).Select(s => s.Name);
}
