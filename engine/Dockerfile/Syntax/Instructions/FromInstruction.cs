namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A <c>FROM [--platform=…] image [AS name]</c> instruction: starts a build stage.
/// </summary>
public sealed class FromInstruction : Instruction
{
    internal FromInstruction(InstructionParts parts)
        : base(parts)
    {
        var args = Arguments;
        Image = args.Count > 0 ? args[0] : null;
        if (args.Count == 3 && string.Equals(args[1].Text, "AS", StringComparison.OrdinalIgnoreCase))
        {
            StageName = args[2];
        }
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.From;

    /// <summary>The image reference (possibly with variables); null when missing.</summary>
    public SyntaxToken? Image { get; }

    /// <summary>The stage name after <c>AS</c>; null when the stage is unnamed or the form is malformed.</summary>
    public SyntaxToken? StageName { get; }
}
