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
    private IReadOnlyList<DockerfileDiagnostic>? _diagnostics;

    private DockerfileSnapshot(DockerfileSyntax syntax, int version)
    {
        Version = version;
        Syntax = syntax;
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
    /// re-parses an instruction or two, not the file). The result is the same as <see cref="Create"/>'s.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public DockerfileSnapshot Update(string text, int version)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerfileSnapshot(DockerfileParser.Reparse(Syntax, text), version);
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
        var diagnostics = Volatile.Read(ref _diagnostics);
        if (diagnostics is not null)
        {
            return diagnostics;
        }

        // One analysis per snapshot: a pull request and a push of the same version wait for each other rather than
        // both analysing (two analyses of a large file at once on a small machine doubled the wait for both).
        lock (_analysing)
        {
            diagnostics = _diagnostics ?? DockerfileAnalyzer.Analyze(Semantics, cancellationToken);
            Volatile.Write(ref _diagnostics, diagnostics);
            return diagnostics;
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
