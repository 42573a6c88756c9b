using System.Text;
using Containers.Engine.Dockerfile;
using Containers.Tests;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// Files we call valid really are (issue #9 "Verify"): every valid corpus file the classic builder supports is built
/// by the real dockerd with <c>DOCKER_BUILDKIT=0 docker build</c>, its base images swapped for the local
/// <c>containers-test/busybox</c> (no registry is reachable). Every stage gets the run's label, so cleanup removes
/// exactly the images these builds made.
/// </summary>
public sealed class DockerfileBuildTests : IDisposable
{
    /// <summary>Valid corpus files that are not built here, and why. Any other valid file must build.</summary>
    private static readonly Dictionary<string, string> s_notBuilt = new(StringComparer.Ordinal)
    {
        ["buildkit-flags.Dockerfile"] = "RUN --mount/--network/--security, ADD --checksum/--keep-git-dir/--unpack and COPY --link are BuildKit only",
        ["heredocs.Dockerfile"] = "here-documents are BuildKit only",
        ["multi-stage.Dockerfile"] = "RUN --mount and COPY --link/--chmod are BuildKit only",
        ["onbuild-and-forms.Dockerfile"] = "ADD --checksum and ADD --unpack are BuildKit only",
        ["windows-escape.Dockerfile"] = "a Windows base image and PowerShell RUNs need a Windows daemon",
        ["best-practices.Dockerfile"] = "bash, apt-get and downloads from example.com need a Debian base image and the network",
    };

    private readonly TestObjects _objects = new();
    private readonly string _context = Directory.CreateTempSubdirectory("containers-dockerfile-build-").FullName;

    public static TheoryData<string> BuildableCorpus =>
        [.. Directory.GetFiles(CorpusDirectory).Select(f => Path.GetFileName(f)).Where(f => !s_notBuilt.ContainsKey(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BuildableCorpus))]
    public void AValidCorpusFileBuildsWithTheClassicBuilder(string file)
    {
        // Read as bytes so that a byte-order mark reaches the builder too.
        var text = new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(CorpusDirectory, file)));
        var dockerfile = Path.Combine(_context, "Dockerfile");
        File.WriteAllText(dockerfile, OnLocalBusybox(text, _objects.Label), new UTF8Encoding(false));

        var id = DockerCli.Run(
            new Dictionary<string, string> { ["DOCKER_BUILDKIT"] = "0" },
            "build", "--quiet", "--force-rm", "--label", _objects.Label, "-f", dockerfile, _context);

        Assert.StartsWith("sha256:", id, StringComparison.Ordinal);
        Assert.Equal(_objects.RunId, DockerCli.Run("image", "inspect", "--format", $"{{{{index .Config.Labels \"{TestObjects.RunLabel}\"}}}}", id));
    }

    [Fact]
    public void EveryFileListedAsNotBuiltIsInTheCorpus()
    {
        var corpus = Directory.GetFiles(CorpusDirectory).Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);

        Assert.All(s_notBuilt.Keys, file => Assert.Contains(file, corpus));
        Assert.NotEmpty(BuildableCorpus);
    }

    /// <summary>
    /// The text with every base image that is not an earlier stage or scratch replaced by the local test image, and a
    /// LABEL with the run's label after every FROM (so intermediate stage images carry it as well).
    /// </summary>
    private static string OnLocalBusybox(string text, string label)
    {
        var eol = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var snapshot = DockerfileSnapshot.Create(text, 1);
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var stage in snapshot.Semantics.Stages)
        {
            if (stage.BaseImage is { } image && stage.BaseStage is null && !string.Equals(stage.ResolvedBaseImage, "scratch", StringComparison.OrdinalIgnoreCase))
            {
                edits.Add((image.Span.Start, image.Span.Length, TestObjects.Image));
            }

            edits.Add((stage.From.Span.Start + stage.From.Span.Length, 0, $"{eol}LABEL {label}"));
        }

        var result = new StringBuilder(text);
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
        {
            result.Remove(start, length).Insert(start, replacement);
        }

        return result.ToString();
    }

    public void Dispose()
    {
        _objects.Dispose();
        Directory.Delete(_context, recursive: true);
    }
}
