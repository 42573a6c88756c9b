using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// The symbol at a position, as definition, references, highlight and rename need it: what it is, the range of the
/// name under the cursor, and every occurrence in the file (definitions first, then in text order).
/// </summary>
public sealed class DockerfileSymbol
{
    internal DockerfileSymbol(SymbolKind kind, string name, TextRange range, IReadOnlyList<SymbolOccurrence> occurrences, DockerfileVariable? variable, BuildStage? stage, HeredocName? heredoc)
    {
        Kind = kind;
        Name = name;
        Range = range;
        Occurrences = occurrences;
        Variable = variable;
        Stage = stage;
        Heredoc = heredoc;
    }

    /// <summary>Variable, stage or here-document.</summary>
    public SymbolKind Kind { get; }

    /// <summary>The name (for a stage named by index, the stage's name if it has one, else the index).</summary>
    public string Name { get; }

    /// <summary>The occurrence under the position.</summary>
    public TextRange Range { get; }

    /// <summary>
    /// Every occurrence. A variable's include the global ARG it re-declares and the other stages' re-declarations of
    /// that global ARG, since renaming one without the others changes the build.
    /// </summary>
    public IReadOnlyList<SymbolOccurrence> Occurrences { get; }

    /// <summary>The definitions among <see cref="Occurrences"/> (empty for a predefined variable or an image).</summary>
    public IEnumerable<TextRange> Definitions => Occurrences.Where(o => o.IsDefinition).Select(o => o.Range);

    /// <summary>The variable, when <see cref="Kind"/> is <see cref="SymbolKind.Variable"/>.</summary>
    public DockerfileVariable? Variable { get; }

    /// <summary>The stage, when <see cref="Kind"/> is <see cref="SymbolKind.Stage"/>.</summary>
    public BuildStage? Stage { get; }

    /// <summary>The here-document, when <see cref="Kind"/> is <see cref="SymbolKind.Heredoc"/>.</summary>
    public HeredocName? Heredoc { get; }
}
