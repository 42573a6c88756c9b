namespace Containers.Tests;

/// <summary>
/// A throwaway directory tree for build contexts: files with content and mode, symbolic links, empty directories.
/// Built with the file system only (never with the code under test) and deleted on dispose.
/// </summary>
internal sealed class ContextTree : IDisposable
{
    public ContextTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "ct-ctx-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The tree's root directory (absolute).</summary>
    public string Root { get; }

    /// <summary>The absolute path of <paramref name="relative"/> (slash separated) in the tree.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a file (parents created); <paramref name="mode"/> as octal text ("755"), null for the default.</summary>
    public ContextTree File(string relative, string content = "", string? mode = null)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        if (mode is not null && !OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(mode, 8));
        }
        return this;
    }

    public ContextTree Dir(string relative)
    {
        Directory.CreateDirectory(PathOf(relative));
        return this;
    }

    /// <summary>A symbolic link at <paramref name="relative"/> whose target text is <paramref name="target"/> (not resolved).</summary>
    public ContextTree Symlink(string relative, string target)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.CreateSymbolicLink(path, target);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp directory left behind harms nothing.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
