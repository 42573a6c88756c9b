namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A here-document of RUN, COPY or ADD (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, quoted delimiters): its
/// body lines belong to the instruction, not to the Dockerfile.
/// </summary>
public sealed class Heredoc : SyntaxNode
{
    internal Heredoc(SyntaxToken marker, string name, bool stripsLeadingTabs, TextRange? bodyRange, SyntaxToken? terminator, TextSpan span, TextRange range)
        : base(span, range)
    {
        Marker = marker;
        Name = name;
        StripsLeadingTabs = stripsLeadingTabs;
        BodyRange = bodyRange;
        Terminator = terminator;
    }

    /// <summary>The <c>&lt;&lt;WORD</c> marker in the instruction line.</summary>
    public SyntaxToken Marker { get; }

    /// <summary>The delimiter word, unquoted.</summary>
    public string Name { get; }

    /// <summary>True for <c>&lt;&lt;-</c>: leading tabs are stripped from the body and terminator.</summary>
    public bool StripsLeadingTabs { get; }

    /// <summary>The body lines; null when the body is empty.</summary>
    public TextRange? BodyRange { get; }

    /// <summary>The line that ends the body; null when the file ends first.</summary>
    public SyntaxToken? Terminator { get; }
}
