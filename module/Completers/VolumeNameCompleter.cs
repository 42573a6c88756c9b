using Containers.Engine.Api;

namespace Containers.Completers;

/// <summary>Completes volume names from the engine the command line points at.</summary>
public sealed class VolumeNameCompleter : EngineNameCompleter
{
    /// <inheritdoc />
    protected override async Task<IEnumerable<string>> ListNamesAsync(EngineClient engine, CancellationToken cancellationToken) =>
        (await engine.Volumes.ListAsync(new ListVolumesOptions(), cancellationToken).ConfigureAwait(false)).Select(v => v.Name);
}
