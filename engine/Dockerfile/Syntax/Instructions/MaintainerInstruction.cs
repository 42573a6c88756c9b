namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>MAINTAINER</c> instruction.</summary>
public sealed class MaintainerInstruction : Instruction
{
    internal MaintainerInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Maintainer;
}
