namespace Containers.Tests;

/// <summary>Where the repository and the built module folder are, found from the test's own location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Version { get; } = File.ReadAllText(Path.Combine(Root, "VERSION")).Trim();

    /// <summary>The manifest of the module folder the Build task lays out; tests import it by path, as users do.</summary>
    public static string ModuleManifest
    {
        get
        {
            string path = Path.Combine(Root, "out", "Containers", Version, "Containers.psd1");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the module first (pwsh ./psake.ps1 Build): {path} is missing.");
        }
    }

    private static string FindRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Containers.psd1")) && File.Exists(Path.Combine(dir, "VERSION")))
            {
                return dir;
            }
        }
        throw new DirectoryNotFoundException("The repository root (with Containers.psd1) is not above " + AppContext.BaseDirectory);
    }
}
