namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>ARG</c> instruction.</summary>
public sealed class ArgInstruction : Instruction
{
    internal ArgInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Arg;
}
