namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A range in a Dockerfile, end exclusive, in the same coordinates as <see cref="TextPosition"/>.
/// A value that spans a line continuation has a range over several lines.
/// </summary>
/// <param name="Start">The first position inside the range.</param>
/// <param name="End">The position just after the range (equal to <paramref name="Start"/> when empty).</param>
public readonly record struct TextRange(TextPosition Start, TextPosition End)
{
    /// <summary>Creates a range from 0-based line/character pairs.</summary>
    public TextRange(int startLine, int startCharacter, int endLine, int endCharacter)
        : this(new TextPosition(startLine, startCharacter), new TextPosition(endLine, endCharacter))
    {
    }

    /// <summary>True when the range covers no character.</summary>
    public bool IsEmpty => Start == End;

    /// <summary>True when <paramref name="position"/> is inside the range or at its end.</summary>
    public bool Contains(TextPosition position) => Start <= position && position <= End;

    /// <inheritdoc />
    public override string ToString() => $"({Start})-({End})";
}
