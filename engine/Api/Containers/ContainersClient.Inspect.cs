using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;
using Containers.Engine.Specs;

namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>Inspects one container (<c>GET /containers/{id}/json</c>) by id, id prefix or name.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public async Task<ContainerDetails> InspectAsync(string idOrName, CancellationToken cancellationToken)
    {
        ContainerInspectWire wire = await _http.GetJsonAsync(Paths.Container(idOrName, "json"), null, EngineJsonContext.Default.ContainerInspectWire, cancellationToken).ConfigureAwait(false);
        ContainerConfigWire config = wire.Config ?? new ContainerConfigWire();
        ContainerHostConfigWire host = wire.HostConfig ?? new ContainerHostConfigWire();
        ContainerStateWire state = wire.State ?? new ContainerStateWire();
        return new ContainerDetails
        {
            Id = wire.Id,
            Name = wire.Name?.TrimStart('/') ?? "",
            Created = ParseTime(wire.Created) ?? default,
            Image = config.Image ?? "",
            ImageId = wire.Image ?? "",
            State = state.Status ?? "",
            Pid = state.Pid,
            ExitCode = state.ExitCode,
            Error = state.Error ?? "",
            OomKilled = state.OOMKilled,
            StartedAt = ParseTime(state.StartedAt),
            FinishedAt = ParseTime(state.FinishedAt),
            Health = string.IsNullOrEmpty(state.Health?.Status) ? null : state.Health.Status,
            RestartCount = wire.RestartCount,
            CommandLine = [.. wire.Path is { Length: > 0 } path ? [path] : Array.Empty<string>(), .. wire.Args ?? []],
            Entrypoint = config.Entrypoint ?? [],
            Command = config.Cmd ?? [],
            Environment = ParseEnvironment(config.Env),
            Labels = config.Labels ?? [],
            Hostname = config.Hostname ?? "",
            User = config.User ?? "",
            WorkingDirectory = config.WorkingDir ?? "",
            Tty = config.Tty,
            RestartPolicy = host.RestartPolicy is { Name: { Length: > 0 } name } policy && name != "no"
                ? new RestartPolicy { Name = name, MaximumRetryCount = policy.MaximumRetryCount }
                : null,
            AutoRemove = host.AutoRemove,
            Privileged = host.Privileged,
            MemoryBytes = host.Memory > 0 ? host.Memory : null,
            Cpus = host.NanoCpus > 0 ? host.NanoCpus / 1e9 : null,
            NetworkMode = host.NetworkMode ?? "",
            Ports = ToPorts(wire.NetworkSettings?.Ports is { Count: > 0 } live && state.Running ? live : host.PortBindings),
            Mounts = ContainerWireMapping.Mounts(wire.Mounts),
            Networks = ContainerWireMapping.Networks(wire.NetworkSettings?.Networks),
            Driver = wire.Driver ?? "",
            LogPath = wire.LogPath ?? "",
        };
    }

    private static Dictionary<string, string> ParseEnvironment(List<string>? env)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string entry in env ?? [])
        {
            int eq = entry.IndexOf('=', StringComparison.Ordinal);
            result[eq < 0 ? entry : entry[..eq]] = eq < 0 ? "" : entry[(eq + 1)..];
        }
        return result;
    }

    // "80/tcp" → [{HostIp, HostPort}], null for exposed-only ports.
    private static PortMapping[] ToPorts(Dictionary<string, List<PortBindingWire>?>? ports) =>
        ContainerWireMapping.Ordered((ports ?? []).SelectMany(p =>
        {
            string[] key = p.Key.Split('/');
            int privatePort = int.Parse(key[0], CultureInfo.InvariantCulture);
            string protocol = key.Length > 1 ? key[1] : "tcp";
            return p.Value is { Count: > 0 } bindings
                ? bindings.Select(b => new PortMapping
                {
                    PrivatePort = privatePort,
                    Protocol = protocol,
                    HostIP = string.IsNullOrEmpty(b.HostIp) ? null : b.HostIp,
                    PublicPort = int.TryParse(b.HostPort, NumberStyles.None, CultureInfo.InvariantCulture, out int hostPort) && hostPort > 0 ? hostPort : null,
                })
                : [new PortMapping { PrivatePort = privatePort, Protocol = protocol }];
        }));

    // The daemon writes "0001-01-01T00:00:00Z" for "never".
    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) && time.Year > 1
            ? time
            : null;
}
