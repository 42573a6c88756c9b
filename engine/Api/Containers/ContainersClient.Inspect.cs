using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>Inspects one container (<c>GET /containers/{id}/json</c>) by id, id prefix or name.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public async Task<ContainerDetails> InspectAsync(string idOrName, CancellationToken cancellationToken)
    {
        ContainerInspectWire wire = await _http.GetJsonAsync(Paths.Container(idOrName, "json"), null, EngineJsonContext.Default.ContainerInspectWire, cancellationToken).ConfigureAwait(false);
        return new ContainerDetails
        {
            Id = wire.Id,
            Name = wire.Name?.TrimStart('/') ?? "",
            Created = ParseTime(wire.Created) ?? default,
            Image = wire.Config?.Image ?? "",
            ImageId = wire.Image ?? "",
            State = wire.State?.Status ?? "",
            ExitCode = wire.State?.ExitCode ?? 0,
            StartedAt = ParseTime(wire.State?.StartedAt),
            FinishedAt = ParseTime(wire.State?.FinishedAt),
            Labels = wire.Config?.Labels ?? [],
        };
    }

    // The daemon writes "0001-01-01T00:00:00Z" for "never".
    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) && time.Year > 1
            ? time
            : null;
}
