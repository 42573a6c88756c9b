namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A comment line (first non-blank character <c>#</c>), including comments inside a continued
/// instruction, which the builder drops.
/// </summary>
public sealed class Comment : SyntaxNode
{
    internal Comment(string text, TextSpan span, TextRange range)
        : base(span, range)
    {
        Text = text;
    }

    /// <summary>The text after <c>#</c>, untrimmed.</summary>
    public string Text { get; }
}
