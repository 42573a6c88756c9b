namespace Containers.LanguageServer.Tests.Client;

/// <summary>
/// The server builds under test. "framework": the framework-dependent build next to the tests'
/// configuration (always there: the project reference builds it). "aot": the NativeAOT binary the
/// Server task publishes (out/lsp/linux-x64), or CONTAINERS_LSP_AOT; when that variable is set the binary
/// must exist, so CI can never silently skip it.
/// </summary>
public static class ServerUnderTest
{
    public const string Framework = "framework";
    public const string Aot = "aot";

    public static string Root { get; } = FindRoot();

    public static TheoryData<string> Variants
    {
        get
        {
            var variants = new TheoryData<string>();
            foreach (var variant in VariantNames())
            {
                variants.Add(variant);
            }

            return variants;
        }
    }

    public static TheoryData<string, string> VariantsAndLineEndings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var variant in VariantNames())
            {
                data.Add(variant, "\n");
                data.Add(variant, "\r\n");
            }

            return data;
        }
    }

    private static IEnumerable<string> VariantNames()
    {
        yield return Framework;
        if (Environment.GetEnvironmentVariable("CONTAINERS_LSP_AOT") is { Length: > 0 } || File.Exists(DefaultAotPath))
        {
            yield return Aot;
        }
    }

    public static string Executable(string variant)
    {
        var path = variant switch
        {
            Framework => Path.Combine(Root, "lsp", "bin", Configuration, "net10.0", "Containers.LanguageServer"),
            Aot => Environment.GetEnvironmentVariable("CONTAINERS_LSP_AOT") is { Length: > 0 } aot ? aot : DefaultAotPath,
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
        return File.Exists(path) ? path : throw new FileNotFoundException($"The {variant} language server is not built: {path}");
    }

    private static string DefaultAotPath => Path.Combine(Root, "out", "lsp", "linux-x64", "Containers.LanguageServer");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Containers.slnx")))
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Containers.slnx) is not above " + AppContext.BaseDirectory);
    }
}
