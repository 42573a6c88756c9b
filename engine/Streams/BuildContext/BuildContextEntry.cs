namespace Containers.Engine.Streams.BuildContext;

/// <summary>One file system entry the build context sends: its slash path inside the context and the entry on disk.</summary>
internal readonly record struct BuildContextEntry(string RelativePath, FileSystemInfo Info)
{
    /// <summary>True for a symbolic link (sent as a link, never followed).</summary>
    public bool IsSymbolicLink => Info.LinkTarget is not null;

    /// <summary>True for a real directory (not a link to one).</summary>
    public bool IsDirectory => Info is DirectoryInfo && !IsSymbolicLink;
}
