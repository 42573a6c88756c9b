namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// A variable of one scope: the global scope (ARGs before the first FROM and the predefined ARGs) or one build
/// stage, where an ARG and an ENV of the same name are one variable. Names are case-sensitive, as in BuildKit.
/// </summary>
public sealed class DockerfileVariable
{
    // Made on first use, the declarations' at the size most variables keep (one): most variables of a large file
    // are declared once and never referenced, and two lists each were a tenth of the semantic model (issue #10).
    private List<VariableDeclaration>? _declarations;
    private List<VariableReference>? _references;

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
    public IReadOnlyList<VariableDeclaration> Declarations => (IReadOnlyList<VariableDeclaration>?)_declarations ?? [];

    /// <summary>The references that resolve to this variable, in text order.</summary>
    public IReadOnlyList<VariableReference> References => (IReadOnlyList<VariableReference>?)_references ?? [];

    internal void AddDeclaration(VariableDeclaration declaration) => (_declarations ??= new(1)).Add(declaration);

    internal void AddReference(VariableReference reference) => (_references ??= []).Add(reference);

    /// <inheritdoc />
    public override string ToString() => Stage is null ? Name : $"{Name} (stage {Stage.Index})";
}
