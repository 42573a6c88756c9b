namespace Containers;

/// <summary>How a container ended, as Wait-Container reports it.</summary>
public sealed class ContainerExitInfo
{
    internal ContainerExitInfo(string name, string? id, long exitCode, string? error)
    {
        Name = name;
        Id = id;
        ExitCode = exitCode;
        Error = error;
    }

    /// <summary>The container as it was named.</summary>
    public string Name { get; }

    /// <summary>The container's id when it was known.</summary>
    public string? Id { get; }

    /// <summary>The exit code of its main process.</summary>
    public long ExitCode { get; }

    /// <summary>The engine's error text when waiting failed; null otherwise.</summary>
    public string? Error { get; }
}
