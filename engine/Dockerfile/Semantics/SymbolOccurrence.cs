using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>One place a symbol's name appears.</summary>
/// <param name="Range">The name (0-based lines, UTF-16 columns).</param>
/// <param name="IsDefinition">True where the symbol is declared (ARG/ENV name, <c>AS name</c>, here-document marker).</param>
/// <param name="IsRenamable">False where the text is not the name itself (a stage named by its index).</param>
public readonly record struct SymbolOccurrence(TextRange Range, bool IsDefinition, bool IsRenamable);
