namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A parser directive (<c># syntax=…</c>, <c># escape=…</c>, <c># check=…</c>) from the top of the file,
/// before any comment, blank line or instruction (BuildKit's Dockerfile reference, "Parser directives").
/// </summary>
public sealed class ParserDirective : SyntaxNode
{
    internal ParserDirective(SyntaxToken name, SyntaxToken value, TextSpan span, TextRange range)
        : base(span, range)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The directive name as written; directive names are case-insensitive.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The value, trimmed of surrounding whitespace.</summary>
    public SyntaxToken Value { get; }
}
