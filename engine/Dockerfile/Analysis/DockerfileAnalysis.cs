using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// One analysis of one syntax tree: the diagnostics, and what the next version's analysis may take from it (issue
/// #10): the diagnostics of each segment (<see cref="RuleScope"/>: before the first FROM, then one per stage) as the
/// segment's rules found them, before suppression comments.
/// </summary>
internal sealed class DockerfileAnalysis(DockerfileSyntax syntax, DockerfileAnalyzerOptions options, DockerfileDiagnostic[][] segments, IReadOnlyList<DockerfileDiagnostic> diagnostics, int reusedSegments)
{
    /// <summary>The tree analysed.</summary>
    public DockerfileSyntax Syntax { get; } = syntax;

    /// <summary>The options it was made with: only an analysis with equal options may take segments from it.</summary>
    public DockerfileAnalyzerOptions Options { get; } = options;

    /// <summary>Index 0: before the first FROM; 1 + n: stage n.</summary>
    public DockerfileDiagnostic[][] Segments { get; } = segments;

    /// <summary>The result, ordered by position.</summary>
    public IReadOnlyList<DockerfileDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>How many segments were taken from the previous analysis (tests check that the incremental path runs).</summary>
    public int ReusedSegments { get; } = reusedSegments;
}
