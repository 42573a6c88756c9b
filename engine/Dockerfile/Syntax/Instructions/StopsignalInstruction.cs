namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>STOPSIGNAL</c> instruction.</summary>
public sealed class StopsignalInstruction : Instruction
{
    internal StopsignalInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Stopsignal;
}
