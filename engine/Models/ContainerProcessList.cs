namespace Containers.Engine.Models;

/// <summary>The processes of a container: ps column titles and one row per process.</summary>
public sealed record ContainerProcessList
{
    /// <summary>Column titles (UID, PID, PPID, C, STIME, TTY, TIME, CMD for the default ps arguments).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>One row per process, in the order of <see cref="Titles"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Processes { get; init; } = [];
}
