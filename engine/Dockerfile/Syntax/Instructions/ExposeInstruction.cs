namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>EXPOSE</c> instruction.</summary>
public sealed class ExposeInstruction : Instruction
{
    internal ExposeInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Expose;
}
