namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>CMD</c> instruction.</summary>
public sealed class CmdInstruction : Instruction
{
    internal CmdInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Cmd;
}
