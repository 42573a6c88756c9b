namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// A variable of one scope: the global scope (ARGs before the first FROM and the predefined ARGs) or one build
/// stage, where an ARG and an ENV of the same name are one variable. Names are case-sensitive, as in BuildKit.
/// </summary>
public sealed class DockerfileVariable
{
    internal readonly List<VariableDeclaration> DeclarationList = [];
    internal readonly List<VariableReference> ReferenceList = [];

    internal DockerfileVariable(string name, BuildStage? stage, bool isPredefined)
    {
        Name = name;
        Stage = stage;
        IsPredefined = isPredefined;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The stage whose scope holds the variable; null for the global scope.</summary>
    public BuildStage? Stage { get; }

    /// <summary>
    /// True for a variable the builder defines without a declaration (platform ARGs such as TARGETARCH in the global
    /// scope, proxy ARGs such as HTTP_PROXY); such a variable has no declaration of its own.
    /// </summary>
    public bool IsPredefined { get; }

    /// <summary>The declarations, in text order.</summary>
    public IReadOnlyList<VariableDeclaration> Declarations => DeclarationList;

    /// <summary>The references that resolve to this variable, in text order.</summary>
    public IReadOnlyList<VariableReference> References => ReferenceList;

    /// <inheritdoc />
    public override string ToString() => Stage is null ? Name : $"{Name} (stage {Stage.Index})";
}
