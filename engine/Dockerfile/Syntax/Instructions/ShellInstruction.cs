namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>SHELL</c> instruction.</summary>
public sealed class ShellInstruction : Instruction
{
    internal ShellInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Shell;
}
