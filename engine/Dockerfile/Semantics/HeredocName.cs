using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>The delimiter of a here-document: where it is named in the marker and where it ends the body.</summary>
public sealed class HeredocName
{
    internal HeredocName(Heredoc heredoc, Instruction instruction, TextRange nameRange, TextRange? terminatorRange)
    {
        Heredoc = heredoc;
        Instruction = instruction;
        NameRange = nameRange;
        TerminatorRange = terminatorRange;
    }

    /// <summary>The here-document.</summary>
    public Heredoc Heredoc { get; }

    /// <summary>The instruction that owns it.</summary>
    public Instruction Instruction { get; }

    /// <summary>The delimiter word inside the marker (<c>EOF</c> of <c>&lt;&lt;-"EOF"</c>, quotes excluded).</summary>
    public TextRange NameRange { get; }

    /// <summary>The delimiter on the terminating line (leading tabs excluded); null when the file ends first.</summary>
    public TextRange? TerminatorRange { get; }

    /// <summary>The delimiter.</summary>
    public string Name => Heredoc.Name;
}
