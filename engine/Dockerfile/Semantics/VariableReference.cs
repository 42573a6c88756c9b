using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>A <c>$NAME</c> or <c>${NAME…}</c> reference, with what it resolves to.</summary>
public sealed class VariableReference
{
    internal VariableReference(string name, TextRange range, TextRange nameRange, string? modifier, Instruction instruction, VariableExpansion expansion, BuildStage? stage)
    {
        Name = name;
        Range = range;
        NameRange = nameRange;
        Modifier = modifier;
        Instruction = instruction;
        Expansion = expansion;
        Stage = stage;
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>The whole reference, from <c>$</c> to the closing <c>}</c> (to the end of the word when the brace is missing).</summary>
    public TextRange Range { get; }

    /// <summary>The name only (what rename replaces).</summary>
    public TextRange NameRange { get; }

    /// <summary>The operator of <c>${NAME&lt;op&gt;word}</c> (<c>:-</c>, <c>-</c>, <c>:+</c>, <c>+</c>, <c>:?</c>, <c>?</c>, <c>#</c>, <c>##</c>, <c>%</c>, <c>%%</c>, <c>/</c>, <c>//</c>); null for <c>$NAME</c> and <c>${NAME}</c>.</summary>
    public string? Modifier { get; }

    /// <summary>The instruction holding the reference.</summary>
    public Instruction Instruction { get; }

    /// <summary>Who substitutes it.</summary>
    public VariableExpansion Expansion { get; }

    /// <summary>The stage holding the reference; null in a FROM line or before the first FROM (global scope).</summary>
    public BuildStage? Stage { get; }

    /// <summary>The variable it resolves to; null when none is declared in reach (see <see cref="Declaration"/>).</summary>
    public DockerfileVariable? Variable { get; internal set; }

    /// <summary>The declaration in effect at the reference; null for a predefined variable or when unresolved.</summary>
    public VariableDeclaration? Declaration { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"${Name} {Range}";
}
