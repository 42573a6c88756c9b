using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// ADD of local files or folders: COPY does the same without ADD's surprises (archives are unpacked, URLs fetched).
/// hadolint's DL3020; best practice, off by default. ADD stays fine for URLs, git sources, local archives (which it
/// unpacks), here-documents, sources written with variables, and with ADD-only flags (<c>--checksum</c>,
/// <c>--keep-git-dir</c>, <c>--unpack</c>). Reported on the keyword.
/// </summary>
internal sealed class AddInsteadOfCopyRule : BestPracticeRule
{
    private static readonly string[] s_archives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz", ".zst", ".lz4"];

    public override string Id => "AddInsteadOfCopy";

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message() => "Use COPY instead of ADD for files and folders";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind != InstructionKind.Add || instruction.Arguments.Count < 2 || instruction.Heredocs.Count > 0
                || instruction.Flags.Any(f => f.Name.Text is "checksum" or "keep-git-dir" or "unpack"))
            {
                continue;
            }

            var sources = instruction.Arguments.Take(instruction.Arguments.Count - 1).Select(a => a.Text.Trim('"'));
            if (sources.All(IsLocalFile))
            {
                diagnostics.Add(Create(Message(), instruction.Keyword.Range));
            }
        }
    }

    private static bool IsLocalFile(string source) =>
        !source.Contains('$', StringComparison.Ordinal)
        && !source.Contains("://", StringComparison.Ordinal)
        && !source.StartsWith("git@", StringComparison.Ordinal)
        && !s_archives.Any(a => source.EndsWith(a, StringComparison.OrdinalIgnoreCase));
}
