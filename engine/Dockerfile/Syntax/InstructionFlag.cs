namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>--name[=value]</c> flag before an instruction's arguments.</summary>
public sealed class InstructionFlag : SyntaxNode
{
    internal InstructionFlag(SyntaxToken name, SyntaxToken? value, TextSpan span, TextRange range)
        : base(span, range)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The flag name without the leading <c>--</c>.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The value after <c>=</c>; null when the flag has no <c>=</c>, empty when nothing follows it.</summary>
    public SyntaxToken? Value { get; }
}
