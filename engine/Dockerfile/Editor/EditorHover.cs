using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>What to show when the pointer rests on something.</summary>
/// <param name="Markdown">The text, in markdown.</param>
/// <param name="Range">The word it is about.</param>
public sealed record EditorHover(string Markdown, TextRange Range);
