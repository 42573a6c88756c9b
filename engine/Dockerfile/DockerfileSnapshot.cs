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
    /// The analyzer's diagnostics with default options, ordered by position; computed once, unless cancelled (an
    /// editor cancels the analysis of a version that a newer one replaced), in which case a later call computes them
    /// again, or asked for with other options in between (<see cref="GetDiagnostics(DockerfileAnalyzerOptions, CancellationToken)"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before they were computed.</exception>
    public IReadOnlyList<DockerfileDiagnostic> GetDiagnostics(CancellationToken cancellationToken)
    {
        return Analysis(cancellationToken).Diagnostics;
    }

    /// <summary>The analysis with default options (see <see cref="Analysis(DockerfileAnalyzerOptions, CancellationToken)"/>).</summary>
    internal DockerfileAnalysis Analysis(CancellationToken cancellationToken) =>
        Analysis(DockerfileAnalyzerOptions.Default, cancellationToken);

    /// <summary>
    /// The analysis with <paramref name="options"/>: the one kept when it was made with equal options, else a new one,
    /// which is kept instead. An editor asks with the same options until they change (the context's .dockerignore was
    /// edited, say): then the kept analysis is not served, and the basis, made with other options, is not used.
    /// </summary>
    internal DockerfileAnalysis Analysis(DockerfileAnalyzerOptions options, CancellationToken cancellationToken)
    {
        var analysis = Volatile.Read(ref _analysis);
        if (analysis is not null && analysis.Options.Equals(options))
        {
            return analysis;
        }

        // One analysis per snapshot: a pull request and a push of the same version wait for each other rather than
        // both analysing (two analyses of a large file at once on a small machine doubled the wait for both).
        lock (_analysing)
        {
            analysis = _analysis;
            if (analysis is null || !analysis.Options.Equals(options))
            {
                // Segments found with other options (another .dockerignore) are not this analysis's to take.
                var basis = _basis is { } earlier && earlier.Options.Equals(options) ? earlier : null;
                analysis = DockerfileAnalyzer.Run(Semantics, options, basis, cancellationToken);
                Volatile.Write(ref _analysis, analysis);
                Volatile.Write(ref _basis, null);
            }

            return analysis;
        }
    }

    /// <summary>
    /// The diagnostics with <paramref name="options"/> (per-rule severities, check directive, suppressions, the build
    /// context's .dockerignore). The analysis of the latest options asked for is kept: asking again with equal options
    /// answers from it, and <see cref="Update"/>'s snapshot re-analyses only what the edit changed when asked with
    /// equal options too.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before they were computed.</exception>
    public IReadOnlyList<DockerfileDiagnostic> GetDiagnostics(DockerfileAnalyzerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Analysis(options, cancellationToken).Diagnostics;
    }
}
