using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ExecClient.CreateAsync"/> (docker exec's flags).</summary>
public sealed record CreateExecOptions
{
    /// <summary>The program and its arguments; required, not run through a shell.</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Connect the process's stdin (docker exec -i). Default false: stdin is empty.</summary>
    public bool AttachStdin { get; init; }

    /// <summary>Receive stdout. Default true.</summary>
    public bool AttachStdout { get; init; } = true;

    /// <summary>Receive stderr. Default true.</summary>
    public bool AttachStderr { get; init; } = true;

    /// <summary>Allocate a pseudo-TTY (docker exec -t): output is one raw stream.</summary>
    public bool Tty { get; init; }

    /// <summary>Initial TTY size as (rows, columns); null for the daemon default. Sent only where the API has it (1.42+).</summary>
    public (int Rows, int Columns)? ConsoleSize { get; init; }

    /// <summary>The key sequence that detaches from the process (ctrl-p,ctrl-q by default); null: the daemon's default.</summary>
    public string? DetachKeys { get; init; }

    /// <summary>Extra environment variables; null or empty for none.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Extended privileges for the process.</summary>
    public bool Privileged { get; init; }

    /// <summary>User (name, uid or uid:gid); null for the container's user.</summary>
    public string? User { get; init; }

    /// <summary>Working directory (absolute); null for the container's.</summary>
    public string? WorkingDirectory { get; init; }
}

/// <summary>What <see cref="ExecClient.CreateAsync"/> returns.</summary>
public sealed record CreateExecResult
{
    /// <summary>The exec instance's id, for start, inspect and resize.</summary>
    public required string Id { get; init; }
}

public sealed partial class ExecClient
{
    /// <summary>
    /// Creates a process to run in a running container (<c>POST /containers/{id}/exec</c>); nothing runs until
    /// <see cref="StartAsync"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The command is empty.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    /// <exception cref="Errors.EngineConflictException">The container is not running (or paused).</exception>
    public async Task<CreateExecResult> CreateAsync(string containerIdOrName, CreateExecOptions options, CancellationToken cancellationToken)
    {
        ExecCreateWire wire = ToWire(options);
        ExecCreateResponseWire created = await _http.SendJsonAsync(HttpMethod.Post, Paths.Container(containerIdOrName, "exec"), null, wire,
            EngineJsonContext.Default.ExecCreateWire, EngineJsonContext.Default.ExecCreateResponseWire, cancellationToken).ConfigureAwait(false);
        return new CreateExecResult { Id = created.Id };
    }

    // Shared by CreateAsync and RunBlocking: validation before any I/O, and the one mapping of options to the wire.
    private ExecCreateWire ToWire(CreateExecOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Command.Count == 0 || string.IsNullOrEmpty(options.Command[0]))
        {
            throw new ArgumentException("The command to run is empty.", nameof(options));
        }
        return new ExecCreateWire
        {
            AttachStdin = options.AttachStdin,
            AttachStdout = options.AttachStdout,
            AttachStderr = options.AttachStderr,
            Tty = options.Tty,
            ConsoleSize = options.ConsoleSize is { } size && _http.SupportsApi(1, 42) ? [size.Rows, size.Columns] : null,
            DetachKeys = options.DetachKeys,
            Env = options.Environment is { Count: > 0 } env ? env.Select(kv => $"{kv.Key}={kv.Value}").ToList() : null,
            Cmd = [.. options.Command],
            Privileged = options.Privileged,
            User = options.User,
            WorkingDir = options.WorkingDirectory,
        };
    }
}
