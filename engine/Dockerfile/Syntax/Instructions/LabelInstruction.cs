namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>LABEL</c> instruction.</summary>
public sealed class LabelInstruction : Instruction
{
    internal LabelInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Label;
}
