namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>A variable visible at some point, with the declaration in effect there.</summary>
/// <param name="Variable">The variable (for an ENV inherited from a base stage, that stage's variable).</param>
/// <param name="Declaration">The declaration in effect; null for a predefined variable.</param>
public sealed record VariableBinding(DockerfileVariable Variable, VariableDeclaration? Declaration)
{
    /// <summary>The name.</summary>
    public string Name => Variable.Name;

    /// <summary>The value in effect (see <see cref="VariableDeclaration.Value"/>); null when unset or unknown.</summary>
    public string? Value => Declaration?.Value;

    /// <summary>False when the value cannot be known from the Dockerfile (predefined variables included).</summary>
    public bool IsValueKnown => Declaration?.IsValueKnown ?? false;

    /// <summary>What the binding gives a lookup.</summary>
    internal VariableValue ToValue() => IsValueKnown ? new VariableValue(true, Value) : VariableValue.Unknown;
}
