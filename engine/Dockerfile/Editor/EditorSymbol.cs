using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>What an <see cref="EditorSymbol"/> stands for.</summary>
public enum EditorSymbolKind
{
    /// <summary>A parser directive.</summary>
    Directive,

    /// <summary>A build stage (its FROM and the instructions up to the next FROM).</summary>
    Stage,

    /// <summary>An instruction.</summary>
    Instruction,

    /// <summary>An ARG or ENV variable declared by its parent instruction.</summary>
    Variable,
}

/// <summary>
/// An entry of the document outline: stages contain their instructions, ARG/ENV instructions their variables.
/// </summary>
/// <param name="Name">What the outline shows (the stage name or index, the instruction keyword, the variable name).</param>
/// <param name="Detail">Extra text (the base image, the instruction's arguments, the variable's value); null when none.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Range">All of it (0-based lines, UTF-16 columns).</param>
/// <param name="SelectionRange">The part to reveal: the name or keyword; inside <paramref name="Range"/>.</param>
/// <param name="Children">Nested entries, in text order.</param>
/// <param name="IsDeprecated">True for MAINTAINER.</param>
public sealed record EditorSymbol(
    string Name,
    string? Detail,
    EditorSymbolKind Kind,
    TextRange Range,
    TextRange SelectionRange,
    IReadOnlyList<EditorSymbol> Children,
    bool IsDeprecated);
