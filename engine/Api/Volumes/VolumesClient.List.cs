using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="VolumesClient.ListAsync"/>.</summary>
public sealed record ListVolumesOptions
{
    /// <summary>True keeps only volumes no container references, false only referenced ones, null both.</summary>
    public bool? Dangling { get; init; }

    /// <summary>Keep volumes with all of these labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Keep volumes of this driver.</summary>
    public string? Driver { get; init; }
}

public sealed partial class VolumesClient
{
    /// <summary>Lists volumes (<c>GET /volumes</c>).</summary>
    public async Task<IReadOnlyList<VolumeSummary>> ListAsync(ListVolumesOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("dangling", options.Dangling is { } dangling ? (dangling ? "true" : "false") : null)
            .Add("label", options.Labels)
            .Add("driver", options.Driver);
        VolumeListWire wire = await _http.GetJsonAsync("volumes", new Query().AddFilters(filters), EngineJsonContext.Default.VolumeListWire, cancellationToken).ConfigureAwait(false);
        return (wire.Volumes ?? []).ConvertAll(ToModel);
    }

    internal static VolumeSummary ToModel(VolumeWire w) => new()
    {
        Name = w.Name,
        Driver = w.Driver ?? "",
        Mountpoint = w.Mountpoint ?? "",
        CreatedAt = DateTimeOffset.TryParse(w.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset created) ? created : null,
        Scope = w.Scope ?? "",
        Labels = w.Labels ?? [],
        Options = w.Options ?? [],
        // -1 means "not computed" on the wire.
        Size = w.UsageData is { Size: >= 0 } usage ? usage.Size : null,
        RefCount = w.UsageData is { RefCount: >= 0 } refs ? refs.RefCount : null,
    };
}
