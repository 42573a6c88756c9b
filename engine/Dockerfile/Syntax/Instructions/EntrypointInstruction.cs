namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>A <c>ENTRYPOINT</c> instruction.</summary>
public sealed class EntrypointInstruction : Instruction
{
    internal EntrypointInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Entrypoint;
}
