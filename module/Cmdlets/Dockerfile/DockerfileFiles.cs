using System.Management.Automation;

namespace Containers;

/// <summary>
/// Which files the Dockerfile cmdlets work on: paths as PowerShell resolves them (wildcards, relative to the
/// current location, FileSystem provider only), and in directories the files whose names mark them as
/// Dockerfiles, as VS Code's dockerfile language association does.
/// </summary>
internal static class DockerfileFiles
{
    private static readonly EnumerationOptions s_topLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        // Like Get-ChildItem without -Force: hidden items (.git, dot-directories on Unix) are skipped.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    private static readonly EnumerationOptions s_recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// True for Dockerfile, *.Dockerfile, Dockerfile.* and the Containerfile equivalents Podman uses
    /// (case-insensitive).
    /// </summary>
    public static bool IsDockerfileName(string fileName) =>
        IsNamed(fileName, "Dockerfile") || IsNamed(fileName, "Containerfile");

    private static bool IsNamed(string fileName, string name) =>
        fileName.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (fileName.Length > name.Length + 1 && fileName.EndsWith("." + name, StringComparison.OrdinalIgnoreCase))
        || (fileName.Length > name.Length + 1 && fileName.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Dockerfiles in <paramref name="directory"/> (and below it with <paramref name="recurse"/>), in ordinal path order.</summary>
    public static IEnumerable<string> InDirectory(string directory, bool recurse) =>
        Directory.EnumerateFiles(directory, "*", recurse ? s_recursive : s_topLevel)
            .Where(f => IsDockerfileName(System.IO.Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Resolves <paramref name="path"/> to file-system paths. A path without wildcards that does not exist
    /// throws <see cref="ItemNotFoundException"/>; a wildcard that matches nothing gives nothing (as Get-Item).
    /// </summary>
    /// <exception cref="ItemNotFoundException">A literal path does not exist.</exception>
    /// <exception cref="ArgumentException">The path is not on the FileSystem provider.</exception>
    public static IReadOnlyList<string> Resolve(PSCmdlet cmdlet, string path, bool literal)
    {
        string[] resolved;
        ProviderInfo provider;
        if (literal)
        {
            string full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new ItemNotFoundException($"Cannot find path '{path}' because it does not exist.");
            }

            resolved = [full];
        }
        else
        {
            resolved = [.. cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider)];
        }

        if (provider.Name != "FileSystem")
        {
            throw new ArgumentException($"'{path}' is not a file-system path (provider {provider.Name}).");
        }

        return resolved;
    }
}
