using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>One place that declares a variable: a word of an ARG or ENV instruction.</summary>
public sealed class VariableDeclaration
{
    internal VariableDeclaration(
        DockerfileVariable variable,
        VariableDeclarationKind kind,
        Instruction instruction,
        SyntaxToken word,
        TextRange nameRange,
        string? valueText,
        TextRange? valueRange)
    {
        Variable = variable;
        Kind = kind;
        Instruction = instruction;
        Word = word;
        NameRange = nameRange;
        ValueText = valueText;
        ValueRange = valueRange;
    }

    /// <summary>The variable declared.</summary>
    public DockerfileVariable Variable { get; }

    /// <summary>ARG or ENV.</summary>
    public VariableDeclarationKind Kind { get; }

    /// <summary>The ARG or ENV instruction (an ONBUILD trigger's declarations are not modelled).</summary>
    public Instruction Instruction { get; }

    /// <summary>The word holding the declaration (<c>NAME=value</c>; for legacy <c>ENV NAME value</c>, the name word).</summary>
    public SyntaxToken Word { get; }

    /// <summary>The range of the name (0-based lines, UTF-16 columns).</summary>
    public TextRange NameRange { get; }

    /// <summary>The value as written (quotes and variable references kept); null for <c>ARG NAME</c> without a default.</summary>
    public string? ValueText { get; }

    /// <summary>The range of <see cref="ValueText"/>; null when there is no value.</summary>
    public TextRange? ValueRange { get; }

    /// <summary>
    /// The value after quote removal and substitution, for a build without <c>--build-arg</c>; an ARG without
    /// default that re-declares a global ARG gets the global default. Null when unset or not knowable (see
    /// <see cref="IsValueKnown"/>).
    /// </summary>
    public string? Value { get; internal set; }

    /// <summary>
    /// False when the value depends on something the Dockerfile does not say: a predefined platform ARG, or the
    /// environment of an external base image. When true and <see cref="Value"/> is null, the variable is unset.
    /// </summary>
    public bool IsValueKnown { get; internal set; }

    /// <summary>
    /// For an ARG inside a stage: the global ARG (before the first FROM) or predefined ARG of the same name whose
    /// value it takes when it has no default of its own; otherwise null.
    /// </summary>
    public DockerfileVariable? Inherits { get; internal set; }
}
