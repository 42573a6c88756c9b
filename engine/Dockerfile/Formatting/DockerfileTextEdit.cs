using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Formatting;

/// <summary>A replacement of a range of the text (0-based lines, UTF-16 columns), as an LSP TextEdit.</summary>
/// <param name="Range">What to replace (empty to insert).</param>
/// <param name="Span">The same range in UTF-16 offsets into the text the edit was computed for.</param>
/// <param name="NewText">The replacement (empty to delete).</param>
public sealed record DockerfileTextEdit(TextRange Range, TextSpan Span, string NewText);
