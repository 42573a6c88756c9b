using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="VolumesClient.CreateAsync"/>. Null means the daemon's default.</summary>
public sealed record CreateVolumeOptions
{
    /// <summary>The name; null lets the daemon generate a 64-hex-digit one (an anonymous volume).</summary>
    public string? Name { get; init; }

    /// <summary>The volume driver; null means <c>local</c>.</summary>
    public string? Driver { get; init; }

    /// <summary>Driver options (<c>docker volume create --opt</c>), e.g. type/device/o for local.</summary>
    public IReadOnlyDictionary<string, string>? DriverOptions { get; init; }

    /// <summary>Labels to set.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

public sealed partial class VolumesClient
{
    /// <summary>
    /// Creates a volume (<c>POST /volumes/create</c>). Note the daemon's rule: creating a name that already exists
    /// with the same driver returns the existing volume instead of failing; callers wanting "new only" check first.
    /// </summary>
    /// <exception cref="Errors.EngineApiException">The driver refused (unknown driver, bad options).</exception>
    public async Task<VolumeSummary> CreateAsync(CreateVolumeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Name is not null && string.IsNullOrWhiteSpace(options.Name))
        {
            throw new ArgumentException("The volume name is empty; pass null for a generated name.", nameof(options));
        }
        var body = new VolumeCreateWire
        {
            Name = options.Name,
            Driver = options.Driver,
            DriverOpts = options.DriverOptions is null ? null : new Dictionary<string, string>(options.DriverOptions, StringComparer.Ordinal),
            Labels = options.Labels is null ? null : new Dictionary<string, string>(options.Labels, StringComparer.Ordinal),
        };
        VolumeWire wire = await _http.SendJsonAsync(HttpMethod.Post, "volumes/create", null, body,
            EngineJsonContext.Default.VolumeCreateWire, EngineJsonContext.Default.VolumeWire, cancellationToken).ConfigureAwait(false);
        return ToModel(wire);
    }
}
