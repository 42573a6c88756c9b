namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>COPY</c> instruction.</summary>
public sealed class CopyInstruction : Instruction
{
    internal CopyInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Copy;
}
