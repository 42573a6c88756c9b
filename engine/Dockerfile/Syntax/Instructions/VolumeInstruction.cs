namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>VOLUME</c> instruction.</summary>
public sealed class VolumeInstruction : Instruction
{
    internal VolumeInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Volume;
}
