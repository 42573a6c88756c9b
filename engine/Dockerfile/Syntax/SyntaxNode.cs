namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A piece of a parsed Dockerfile with its exact place in the text.</summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(TextSpan span, TextRange range)
    {
        Span = span;
        Range = range;
    }

    /// <summary>Where the node is in <see cref="DockerfileSyntax.Text"/>, in UTF-16 offsets.</summary>
    public TextSpan Span { get; }

    /// <summary>Where the node is, in 0-based lines and UTF-16 columns.</summary>
    public TextRange Range { get; }
}
