using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>An exec instance as <c>GET /exec/{id}/json</c> reports it.</summary>
public sealed record ExecDetails
{
    /// <summary>The exec id.</summary>
    public required string Id { get; init; }

    /// <summary>The container it runs in.</summary>
    public required string ContainerId { get; init; }

    /// <summary>True while the process runs.</summary>
    public bool Running { get; init; }

    /// <summary>The process's exit code; null while it runs or before it started.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The process id on the host; 0 once it ended.</summary>
    public int Pid { get; init; }

    /// <summary>Whether it has a TTY.</summary>
    public bool Tty { get; init; }

    /// <summary>The program and its arguments.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];
}

public sealed partial class ExecClient
{
    /// <summary>Inspects an exec instance (<c>GET /exec/{id}/json</c>): running or not, exit code, pid.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such exec instance.</exception>
    public async Task<ExecDetails> InspectAsync(string execId, CancellationToken cancellationToken)
    {
        ExecInspectWire wire = await _http.GetJsonAsync(Path(execId, "json"), null, EngineJsonContext.Default.ExecInspectWire, cancellationToken).ConfigureAwait(false);
        return ToDetails(wire);
    }

    private static ExecDetails ToDetails(ExecInspectWire wire)
    {
        ExecProcessConfigWire process = wire.ProcessConfig ?? new ExecProcessConfigWire();
        return new ExecDetails
        {
            Id = wire.ID,
            ContainerId = wire.ContainerID ?? "",
            Running = wire.Running,
            ExitCode = wire.Running ? null : wire.ExitCode,
            Pid = wire.Pid,
            Tty = process.Tty,
            Command = [.. process.Entrypoint is { Length: > 0 } entry ? [entry] : Array.Empty<string>(), .. process.Arguments ?? []],
        };
    }
}
