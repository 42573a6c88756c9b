using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="TasksClient.ListAsync"/>: the daemon's filters, all optional.</summary>
public sealed record ListTasksOptions
{
    /// <summary>Keep tasks of these services (names or ids).</summary>
    public IReadOnlyList<string>? Services { get; init; }

    /// <summary>Keep tasks on these nodes (names, host names or ids).</summary>
    public IReadOnlyList<string>? Nodes { get; init; }

    /// <summary>Keep tasks the swarm wants in this state: <c>running</c>, <c>shutdown</c> or <c>accepted</c>
    /// (<c>docker service ps --filter desired-state=running</c>).</summary>
    public string? DesiredState { get; init; }

    /// <summary>Keep tasks whose id starts with one of these.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Keep tasks with all of these labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
}

public sealed partial class TasksClient
{
    /// <summary>
    /// Lists tasks (<c>GET /tasks</c>), each named as <c>docker service ps</c> names it (<c>service.slot</c>), newest
    /// first within a slot, slots in order.
    /// </summary>
    /// <exception cref="ArgumentException">A desired state other than running, shutdown or accepted.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<IReadOnlyList<ServiceTask>> ListAsync(ListTasksOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DesiredState is { } desired && desired is not ("running" or "shutdown" or "accepted"))
        {
            throw new ArgumentException($"'{desired}' is not a desired state the swarm filters on; use running, shutdown or accepted.", nameof(options));
        }
        var filters = new Filters()
            .Add("service", options.Services)
            .Add("node", options.Nodes)
            .Add("desired-state", options.DesiredState)
            .Add("id", options.Ids)
            .Add("label", options.Labels);
        // Task names need the service names; both lists come from the same manager, in parallel.
        Task<List<TaskWire>> tasks = _http.GetJsonAsync("tasks", new Query().AddFilters(filters), EngineJsonContext.Default.ListTaskWire, cancellationToken);
        Task<List<ServiceWire>> services = _http.GetJsonAsync("services", null, EngineJsonContext.Default.ListServiceWire, cancellationToken);
        List<TaskWire> taskWires = await tasks.ConfigureAwait(false);
        Dictionary<string, string> names = (await services.ConfigureAwait(false)).ToDictionary(s => s.ID, s => s.Spec?.Name ?? "", StringComparer.Ordinal);
        return taskWires
            .Select(t => ToModel(t, names.GetValueOrDefault(t.ServiceID ?? "", "")))
            .OrderBy(t => t.ServiceName, StringComparer.Ordinal)
            .ThenBy(t => t.Slot ?? 0)
            .ThenBy(t => t.NodeId, StringComparer.Ordinal)
            .ThenByDescending(t => t.CreatedAt)
            .ToList();
    }

    private static ServiceTask ToModel(TaskWire wire, string serviceName)
    {
        string service = serviceName.Length > 0 ? serviceName : wire.ServiceID ?? "";
        // docker service ps: "web.2" for a replica slot, "web.<node id>" for a global service's task on a node.
        string name = wire.Slot is > 0 ? $"{service}.{wire.Slot}" : $"{service}.{wire.NodeID}";
        return new ServiceTask
        {
            Id = wire.ID,
            Name = name,
            ServiceId = wire.ServiceID ?? "",
            ServiceName = serviceName,
            Slot = wire.Slot is > 0 ? wire.Slot : null,
            NodeId = wire.NodeID ?? "",
            Image = wire.Spec?.ContainerSpec?.Image ?? "",
            DesiredState = wire.DesiredState ?? "",
            State = wire.Status?.State ?? "",
            StateChangedAt = SwarmTimes.Parse(wire.Status?.Timestamp),
            Message = wire.Status?.Message ?? "",
            Error = wire.Status?.Err is { Length: > 0 } error ? error : null,
            ContainerId = wire.Status?.ContainerStatus?.ContainerID is { Length: > 0 } container ? container : null,
            ExitCode = wire.Status?.ContainerStatus?.ExitCode,
            CreatedAt = SwarmTimes.Parse(wire.CreatedAt),
            Labels = wire.Labels ?? [],
        };
    }
}
