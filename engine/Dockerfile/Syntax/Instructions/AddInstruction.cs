namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>ADD</c> instruction.</summary>
public sealed class AddInstruction : Instruction
{
    internal AddInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Add;
}
