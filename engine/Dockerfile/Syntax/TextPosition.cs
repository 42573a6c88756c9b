namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A position in a Dockerfile: 0-based line and 0-based character offset counted in UTF-16 code units,
/// the encoding LSP uses by default (so a character outside the BMP counts 2). A leading byte-order mark
/// is not counted: column 0 of line 0 is the first character after it, as editors show it.
/// </summary>
/// <param name="Line">0-based line; lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</param>
/// <param name="Character">0-based UTF-16 code unit offset within the line.</param>
public readonly record struct TextPosition(int Line, int Character) : IComparable<TextPosition>
{
    /// <inheritdoc />
    public int CompareTo(TextPosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>Orders positions by line, then character.</summary>
    public static bool operator <(TextPosition left, TextPosition right) => left.CompareTo(right) < 0;

    /// <summary>Orders positions by line, then character.</summary>
    public static bool operator >(TextPosition left, TextPosition right) => left.CompareTo(right) > 0;

    /// <summary>Orders positions by line, then character.</summary>
    public static bool operator <=(TextPosition left, TextPosition right) => left.CompareTo(right) <= 0;

    /// <summary>Orders positions by line, then character.</summary>
    public static bool operator >=(TextPosition left, TextPosition right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Character}";
}
