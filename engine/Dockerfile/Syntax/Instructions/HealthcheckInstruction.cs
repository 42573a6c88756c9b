namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>HEALTHCHECK</c> instruction.</summary>
public sealed class HealthcheckInstruction : Instruction
{
    internal HealthcheckInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Healthcheck;
}
