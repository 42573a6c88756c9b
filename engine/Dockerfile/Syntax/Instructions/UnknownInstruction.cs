namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>An instruction whose keyword the builder does not know; kept whole so editing can go on.</summary>
public sealed class UnknownInstruction : Instruction
{
    internal UnknownInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Unknown;
}
