namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>WORKDIR</c> instruction.</summary>
public sealed class WorkdirInstruction : Instruction
{
    internal WorkdirInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Workdir;
}
