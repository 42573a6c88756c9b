namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// The syntax tree of one Dockerfile text. Full fidelity: every node keeps its span in <see cref="Text"/>,
/// nothing the builder would drop is lost (comments inside continuations, empty continuation lines,
/// here-document bodies), and whatever is malformed is still represented. Produced by
/// <see cref="DockerfileParser.Parse(string)"/>, which never throws.
/// </summary>
public sealed class DockerfileSyntax
{
    private readonly List<Instruction> _instructions;

    internal DockerfileSyntax(
        string text,
        LineMap lines,
        char escapeCharacter,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<Comment> comments,
        List<Instruction> instructions)
    {
        Text = text;
        Lines = lines;
        EscapeCharacter = escapeCharacter;
        Directives = directives;
        Comments = comments;
        _instructions = instructions;
    }

    /// <summary>The parsed text, unchanged (a byte-order mark, if any, included).</summary>
    public string Text { get; }

    /// <summary>Number of lines (a final line break starts an empty last line).</summary>
    public int LineCount => Lines.LineCount;

    /// <summary>True when the text starts with a byte-order mark (U+FEFF), which takes no column.</summary>
    public bool HasByteOrderMark => Lines.BomLength == 1;

    /// <summary>The escape character in effect: <c>\</c>, or <c>`</c> from a valid <c># escape=`</c> directive.</summary>
    public char EscapeCharacter { get; }

    /// <summary>The parser directives at the top of the file, in order (duplicates included).</summary>
    public IReadOnlyList<ParserDirective> Directives { get; }

    /// <summary>Comment lines between instructions (comments inside an instruction are on the instruction).</summary>
    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>The instructions, in order.</summary>
    public IReadOnlyList<Instruction> Instructions => _instructions;

    internal LineMap Lines { get; }

    /// <summary>
    /// <see cref="Instructions"/> as a span, for the analyzer's rules: a <c>foreach</c> over the interface boxed an
    /// enumerator and made two interface calls per instruction, for each of some fifty rules (issue #10: the analysis
    /// of a large file on every edit). The list behind a tree is not changed after it is made.
    /// </summary>
    internal ReadOnlySpan<Instruction> InstructionSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_instructions);

    /// <summary>The position of a UTF-16 offset into <see cref="Text"/> (clamped to the text).</summary>
    public TextPosition GetPosition(int offset) => Lines.GetPosition(offset);
}
