namespace Containers;

/// <summary>What Copy-ContainerItem -PassThru reports for one copied path.</summary>
public sealed class ContainerCopyResult
{
    internal ContainerCopyResult(string container, string source, string destination, string direction, long files, long directories, long symbolicLinks, long bytes)
    {
        Container = container;
        Source = source;
        Destination = destination;
        Direction = direction;
        Files = files;
        Directories = directories;
        SymbolicLinks = symbolicLinks;
        Bytes = bytes;
    }

    /// <summary>The container as it was named.</summary>
    public string Container { get; }

    /// <summary>The path copied (in the container for FromContainer, on the host for ToContainer).</summary>
    public string Source { get; }

    /// <summary>Where it ended up.</summary>
    public string Destination { get; }

    /// <summary>FromContainer or ToContainer.</summary>
    public string Direction { get; }

    /// <summary>Regular files written on the host (FromContainer only; 0 for ToContainer, where the engine does not count).</summary>
    public long Files { get; }

    /// <summary>Directories written on the host (FromContainer only).</summary>
    public long Directories { get; }

    /// <summary>Symbolic links written on the host, as links (FromContainer only).</summary>
    public long SymbolicLinks { get; }

    /// <summary>Bytes of file content written on the host (FromContainer only).</summary>
    public long Bytes { get; }
}
