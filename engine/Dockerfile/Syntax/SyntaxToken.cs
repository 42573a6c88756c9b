namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A word of an instruction (keyword, argument, flag name or value). <see cref="Text"/> is the word as
/// written, quotes and escapes included, with line continuations removed; its range may span lines.
/// </summary>
public sealed class SyntaxToken : SyntaxNode
{
    internal SyntaxToken(string text, TextSpan span, TextRange range)
        : base(span, range)
    {
        Text = text;
    }

    /// <summary>The word as written, without the escape characters and line breaks of continuations.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
