namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>An <c>ONBUILD &lt;instruction&gt;</c>: its trigger is parsed as an instruction of its own.</summary>
public sealed class OnbuildInstruction : Instruction
{
    internal OnbuildInstruction(InstructionParts parts, Instruction? trigger)
        : base(parts)
    {
        Trigger = trigger;
    }

    /// <inheritdoc />
    public override InstructionKind Kind => InstructionKind.Onbuild;

    /// <summary>The triggered instruction; null when ONBUILD has no arguments.</summary>
    public Instruction? Trigger { get; }
}
