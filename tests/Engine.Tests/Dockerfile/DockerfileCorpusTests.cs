using System.Diagnostics;
using System.Text.Json;
using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Xunit.Abstractions;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// The corpus (issue #9): invalid files with the diagnostics we expect, and every corpus file linted by
/// dockerfile-utils (installed from npm by the test into a cache directory) as the reference for the checks both
/// linters have. Deliberate differences are listed below with their reason; any other disagreement fails.
/// </summary>
public sealed class DockerfileCorpusTests(ITestOutputHelper output)
{
    private const string DockerfileUtilsVersion = "0.16.3";

    private static string InvalidDirectory => Path.Combine(DockerfileAssert.CorpusDirectory, "Invalid");

    public static TheoryData<string, string[]> InvalidCorpus => new()
    {
        {
            "instructions.Dockerfile",
            ["DuplicateStageName 0:20", "UnknownInstruction 1:0", "InvalidPort 2:7", "InvalidProtocol 3:7", "MaintainerDeprecated 5:0", "DuplicateStageName 6:13"]
        },
        {
            "semantics.Dockerfile",
            ["UndefinedArgInFrom 1:13", "StageNameCasing 1:23", "InvalidStageIndex 2:12", "InvalidRunFlagValue 3:14", "UnterminatedHeredoc 4:4"]
        },
        {
            "checks.Dockerfile",
            ["WorkdirRelativePath 3:8", "UndefinedVar 6:6"]
        },
        {
            "buildkit-checks.Dockerfile",
            ["FromPlatformFlagConstDisallowed 0:16", "ConsistentInstructionCasing 1:0", "RedundantTargetPlatform 1:16", "FromAsCasing 1:44", "JSONArgsRecommended 2:4", "UnterminatedHeredoc 3:11"]
        },
    };

    /// <summary>The best-practice rules are off by default: this file is clean unless they are turned on.</summary>
    [Fact]
    public void TheBestPracticeCorpusFileBreaksEachBestPracticeOnceTheyAreOn()
    {
        var snapshot = DockerfileSnapshot.Create(File.ReadAllText(Path.Combine(InvalidDirectory, "best-practices.Dockerfile")), 1);

        var actual = snapshot.GetDiagnostics(DockerfileAssert.AllRulesOn, CancellationToken.None).Select(d => $"{d.RuleId} {d.Range.Start.Line}:{d.Range.Start.Character}");

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(
            ["FromUntaggedImage 0:5", "CdInsteadOfWorkdir 1:4", "PipefailMissing 1:4", "AptGetVersionPinning 2:4", "FromLatestTag 4:5", "AddInsteadOfCopy 5:0", "AptListsNotDeleted 6:4", "LastUserRoot 7:5"],
            actual);
    }

    [Theory]
    [MemberData(nameof(InvalidCorpus))]
    public void AnInvalidFileHasExactlyTheExpectedDiagnostics(string file, string[] expected)
    {
        var text = File.ReadAllText(Path.Combine(InvalidDirectory, file));

        var actual = DockerfileSnapshot.Create(text, 1).Diagnostics.Select(d => $"{d.RuleId} {d.Range.Start.Line}:{d.Range.Start.Character}");

        Assert.Equal(expected, actual);
    }

    /// <summary>Where dockerfile-utils and we disagree on purpose (see the Reference/README.md table).</summary>
    private static readonly (string Why, Func<string, int, string, bool> Theirs, Func<string, int, bool> Ours)[] s_differences =
    [
        ("BuildKit accepts lowercase instructions; only mixed casing is a build check (ConsistentInstructionCasing)",
            (_, code, _) => code == 0, (_, _) => false),
        ("ADD --unpack is valid since Dockerfile 1.17",
            (_, code, message) => code == 39 && message.Contains("unpack", StringComparison.Ordinal), (_, _) => false),
        ("HEALTHCHECK --start-period=0s means the default; BuildKit accepts it",
            (_, code, message) => code == 16 && message.Contains("start-period", StringComparison.Ordinal), (_, _) => false),
        ("'<< EOT' (blank after <<) is a heredoc since BuildKit 0.22 (rcjsuen/dockerfile-utils#130)",
            (file, code, _) => code == 38 && file == "heredocs.Dockerfile", (_, _) => false),
        ("dockerfile-utils accepts EXPOSE ports above 65535",
            (_, _, _) => false, (file, code) => code == 24 && file == "instructions.Dockerfile"),
        ("HEALTHCHECK --retries=0 is valid: BuildKit rejects only negative retries",
            (_, code, message) => code == 13 && message.Contains("retries", StringComparison.Ordinal), (_, _) => false),
    ];

    [Fact]
    public void SharedChecksAgreeWithDockerfileUtils()
    {
        var files = Directory.GetFiles(DockerfileAssert.CorpusDirectory, "*.Dockerfile", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var theirs = new SortedSet<string>(StringComparer.Ordinal);
        var ours = new SortedSet<string>(StringComparer.Ordinal);
        var options = new DockerfileAnalyzerOptions { HonorCheckDirective = false, HonorSuppressionComments = false };
        using var json = JsonDocument.Parse(RunDockerfileUtils(files));
        foreach (var result in json.RootElement.EnumerateArray())
        {
            var name = Path.GetFileName(result.GetProperty("file").GetString()!);
            foreach (var problem in result.GetProperty("problems").EnumerateArray())
            {
                var code = problem.GetProperty("code").GetInt32();
                var message = problem.GetProperty("message").GetString() ?? string.Empty;
                var line = problem.GetProperty("line").GetInt32();
                var difference = s_differences.FirstOrDefault(d => d.Theirs(name, code, message));
                output.WriteLine($"dockerfile-utils {name} {line}: {code} {message}{(difference.Why is null ? string.Empty : " — differs on purpose: " + difference.Why)}");
                if (difference.Why is null)
                {
                    theirs.Add($"{name} {line}: {code}");
                }
            }
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            foreach (var diagnostic in DockerfileSnapshot.Create(File.ReadAllText(file), 1).GetDiagnostics(options, CancellationToken.None))
            {
                if (diagnostic.DockerfileUtilsCode is { } code && !s_differences.Any(d => d.Ours(name, code)))
                {
                    ours.Add($"{name} {diagnostic.Range.Start.Line}: {code}");
                }
            }
        }

        Assert.Equal(theirs, ours);
    }

    /// <summary>Installs dockerfile-utils into a cache directory once (never relying on it being there) and runs the reference script.</summary>
    private static string RunDockerfileUtils(string[] files)
    {
        var cache = Path.Combine(Path.GetTempPath(), "containers-tests", "dockerfile-utils-" + DockerfileUtilsVersion);
        var package = Path.Combine(cache, "node_modules", "dockerfile-utils");
        if (!File.Exists(Path.Combine(package, "package.json")))
        {
            Directory.CreateDirectory(cache);
            Run("npm", ["install", "--no-audit", "--no-fund", "--prefix", cache, "dockerfile-utils@" + DockerfileUtilsVersion], null);
        }

        var script = Path.Combine(Path.GetDirectoryName(DockerfileAssert.CorpusDirectory)!, "Reference", "dockerfile-utils-lint.js");
        return Run("node", [script, .. files], package);
    }

    private static string Run(string program, string[] args, string? dockerfileUtils)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (dockerfileUtils is not null)
        {
            info.Environment["DOCKERFILE_UTILS_PATH"] = dockerfileUtils;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(program + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 180 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
        }

        return stdout.GetAwaiter().GetResult();
    }
}
