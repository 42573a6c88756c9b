namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>What a <see cref="DockerfileSymbol"/> is.</summary>
public enum SymbolKind
{
    /// <summary>An ARG/ENV variable.</summary>
    Variable,

    /// <summary>A build stage.</summary>
    Stage,

    /// <summary>A here-document delimiter.</summary>
    Heredoc,
}
