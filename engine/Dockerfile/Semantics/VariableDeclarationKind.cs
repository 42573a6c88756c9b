namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>What declares a variable.</summary>
public enum VariableDeclarationKind
{
    /// <summary>An <c>ARG name[=default]</c> word.</summary>
    Arg,

    /// <summary>An <c>ENV name=value</c> word or the legacy <c>ENV name value</c>.</summary>
    Env,
}
