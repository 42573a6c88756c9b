namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>ENV</c> instruction.</summary>
public sealed class EnvInstruction : Instruction
{
    internal EnvInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Env;
}
