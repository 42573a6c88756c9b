namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>RUN</c> instruction.</summary>
public sealed class RunInstruction : Instruction
{
    internal RunInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Run;
}
