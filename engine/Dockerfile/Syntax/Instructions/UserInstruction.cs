namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>USER</c> instruction.</summary>
public sealed class UserInstruction : Instruction
{
    internal UserInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.User;
}
