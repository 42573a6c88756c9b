using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile;

/// <summary>
/// One version of a Dockerfile, parsed once (STYLE.md: features take the snapshot, never raw text).
/// Immutable and safe to share between threads; the semantic model and the diagnostics are computed once, on first use.
/// </summary>
public sealed class DockerfileSnapshot
{
    private readonly Lazy<DockerfileSemanticModel> _semantics;
    private readonly object _analysing = new();
    private DockerfileAnalysis? _analysis;

    // The analysis of the latest analysed version this one was edited from, until this one is analysed (then dropped,
    // so versions never hold a chain of older ones): the segments the edit cannot have changed are taken from it.
    private DockerfileAnalysis? _basis;

    private DockerfileSnapshot(DockerfileSyntax syntax, int version, DockerfileAnalysis? basis = null)
    {
        Version = version;
        Syntax = syntax;
        _basis = basis;
        _semantics = new(() => DockerfileSemanticModel.Create(Syntax), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Parses <paramref name="text"/> as version <paramref name="version"/> (the editor's document version; 0 when there is none).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DockerfileSnapshot Create(string text, int version)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerfileSnapshot(DockerfileParser.Parse(text), version);
    }

    /// <summary>
    /// Parses <paramref name="text"/>, an edited version of this snapshot's text, as version <paramref name="version"/>:
    /// the instructions the edit cannot have changed are reused rather than parsed again (an editor's keystroke
    /// re-parses an instruction or two, not the file), and its diagnostics, when computed, re-run the rules on the
    /// stages the edit can have changed only, taking the others from this snapshot's diagnostics if they were computed
    /// (issue #10). The result is the same as <see cref="Create"/>'s.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public DockerfileSnapshot Update(string text, int version)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerfileSnapshot(DockerfileParser.Reparse(Syntax, text), version, Volatile.Read(ref _analysis) ?? Volatile.Read(ref _basis));
    }

    /// <summary>The document version this snapshot was made from.</summary>
    public int Version { get; }

    /// <summary>The text.</summary>
    public string Text => Syntax.Text;

    /// <summary>The syntax tree.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The semantic model (stages, variables, references), built on first use.</summary>
    public DockerfileSemanticModel Semantics => _semantics.Value;

    /// <summary>The analyzer's diagnostics, ordered by position.</summary>
    public IReadOnlyList<DockerfileDiagnostic> Diagnostics => GetDiagnostics(CancellationToken.None);

    /// <summary>
    /// The analyzer's diagnostics, ordered by position; computed once, unless cancelled (an editor cancels the
    /// analysis of a version that a newer one replaced), in which case a later call computes them again.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before they were computed.</exception>
    public IReadOnlyList<DockerfileDiagnostic> GetDiagnostics(CancellationToken cancellationToken)
    {
        return Analysis(cancellationToken).Diagnostics;
    }

    /// <summary>The analysis with default options, computed once (see <see cref="GetDiagnostics(CancellationToken)"/>).</summary>
    internal DockerfileAnalysis Analysis(CancellationToken cancellationToken)
    {
        var analysis = Volatile.Read(ref _analysis);
        if (analysis is not null)
        {
            return analysis;
        }

        // One analysis per snapshot: a pull request and a push of the same version wait for each other rather than
        // both analysing (two analyses of a large file at once on a small machine doubled the wait for both).
        lock (_analysing)
        {
            analysis = _analysis ?? DockerfileAnalyzer.Run(Semantics, DockerfileAnalyzerOptions.Default, _basis, cancellationToken);
            Volatile.Write(ref _analysis, analysis);
            Volatile.Write(ref _basis, null);
            return analysis;
        }
    }

    /// <summary>The diagnostics with <paramref name="options"/> (per-rule severities, check directive, suppressions); the cached <see cref="Diagnostics"/> for <see cref="DockerfileAnalyzerOptions.Default"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<DockerfileDiagnostic> GetDiagnostics(DockerfileAnalyzerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options == DockerfileAnalyzerOptions.Default
            ? GetDiagnostics(cancellationToken)
            : DockerfileAnalyzer.Analyze(Semantics, options, cancellationToken);
    }
}
