using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// What a Dockerfile means beyond its syntax: build stages and the references between them, ARG/ENV scopes with
/// every declaration and reference (exact ranges, 0-based lines and UTF-16 columns), values where the Dockerfile
/// alone decides them, and here-document names. Built once per syntax tree (<see cref="DockerfileSnapshot.Semantics"/>),
/// immutable, safe to share between threads.
/// </summary>
/// <remarks>
/// Scoping follows BuildKit (Dockerfile reference, "Scope"; frontend/dockerfile/dockerfile2llb/convert.go):
/// ARGs before the first FROM are global and visible only in FROM lines unless a stage re-declares them with
/// <c>ARG NAME</c>; the platform ARGs are predefined in the global scope; a stage sees its own ARGs and ENVs from
/// the instruction after their declaration, plus the ENVs (never the ARGs) of the stage it is built FROM; all
/// references of one instruction see the values from before it. Values assume a build without <c>--build-arg</c>.
/// References in ONBUILD triggers are not modelled (they are expanded by the builds that use the image).
/// </remarks>
public sealed partial class DockerfileSemanticModel
{
    internal readonly List<BuildStage> StagesList = [];
    internal readonly List<DockerfileVariable> GlobalList = [];
    internal readonly Dictionary<string, DockerfileVariable> GlobalByName = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, DockerfileVariable> Predefined = new(StringComparer.Ordinal);
    internal readonly List<VariableReference> ReferenceList = [];
    internal readonly List<StageReference> StageReferenceList = [];
    internal readonly List<HeredocName> HeredocList = [];

    private DockerfileSemanticModel(DockerfileSyntax syntax)
    {
        Syntax = syntax;
    }

    /// <summary>Builds the model of <paramref name="syntax"/>; never throws for any tree the parser produces.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="syntax"/> is null.</exception>
    public static DockerfileSemanticModel Create(DockerfileSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var model = new DockerfileSemanticModel(syntax);
        new SemanticModelBuilder(model).Build();
        return model;
    }

    /// <summary>The syntax tree the model describes.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The build stages, in order (index = position).</summary>
    public IReadOnlyList<BuildStage> Stages => StagesList;

    /// <summary>The global ARGs (declared before the first FROM), in order of first declaration.</summary>
    public IReadOnlyList<DockerfileVariable> GlobalVariables => GlobalList;

    /// <summary>The predefined variables (<see cref="PredefinedArgs.Platform"/> and <see cref="PredefinedArgs.Proxy"/>), global scope.</summary>
    public IReadOnlyCollection<DockerfileVariable> PredefinedVariables => Predefined.Values;

    /// <summary>Every variable reference outside ONBUILD triggers, in text order (resolved or not).</summary>
    public IReadOnlyList<VariableReference> VariableReferences => ReferenceList;

    /// <summary>Every place that may name a stage (FROM image, <c>COPY --from</c>, mount <c>from=</c>), in text order.</summary>
    public IReadOnlyList<StageReference> StageReferences => StageReferenceList;

    /// <summary>Every here-document delimiter, in text order.</summary>
    public IReadOnlyList<HeredocName> Heredocs => HeredocList;

    /// <summary>The global ARG of this name (case-sensitive); null when none.</summary>
    public DockerfileVariable? GetGlobalVariable(string name) => GlobalByName.GetValueOrDefault(name);

    /// <summary>The predefined variable of this name (case-sensitive); null when the name is not predefined.</summary>
    public DockerfileVariable? GetPredefinedVariable(string name) => Predefined.GetValueOrDefault(name);

    /// <summary>The stage named <paramref name="name"/> (case-insensitive; the first one if duplicated); null when none.</summary>
    public BuildStage? GetStage(string name) =>
        StagesList.FirstOrDefault(s => s.Name is { } n && string.Equals(n.Text, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stage that contains 0-based <paramref name="line"/>; null before the first FROM.</summary>
    public BuildStage? GetStageAt(int line)
    {
        BuildStage? found = null;
        foreach (var stage in StagesList)
        {
            if (stage.From.Range.Start.Line > line)
            {
                break;
            }

            found = stage;
        }

        return found;
    }

    /// <summary>
    /// The variables a reference typed at <paramref name="position"/> would see, one binding per name: in a FROM
    /// line or before the first FROM, the global ARGs and platform ARGs; in a stage, its ARGs and ENVs declared by
    /// an earlier instruction, the ENVs of its base stage and the proxy ARGs. Ordered by name.
    /// </summary>
    public IReadOnlyList<VariableBinding> GetVariablesInScope(TextPosition position)
    {
        var result = new Dictionary<string, VariableBinding>(StringComparer.Ordinal);
        var stage = GetStageAt(position.Line);
        if (stage is null || stage.From.Range.Contains(position))
        {
            foreach (var name in PredefinedArgs.Platform)
            {
                result[name] = new VariableBinding(Predefined[name], null);
            }

            foreach (var variable in GlobalList)
            {
                if (variable.Declarations.LastOrDefault(d => stage is not null || d.Instruction.Range.End < position) is { } declaration)
                {
                    result[variable.Name] = new VariableBinding(variable, declaration);
                }
            }
        }
        else
        {
            foreach (var name in PredefinedArgs.Proxy)
            {
                result[name] = new VariableBinding(Predefined[name], null);
            }

            foreach (var (name, binding) in stage.InheritedEnvironment)
            {
                result[name] = binding;
            }

            foreach (var variable in stage.Variables)
            {
                if (variable.Declarations.LastOrDefault(d => d.Instruction.Range.End < position) is { } declaration)
                {
                    result[variable.Name] = new VariableBinding(variable, declaration);
                }
            }
        }

        return [.. result.Values.OrderBy(b => b.Name, StringComparer.Ordinal)];
    }

    /// <summary>The variable reference whose <c>$</c> or name touches <paramref name="position"/>; null when none.</summary>
    public VariableReference? GetVariableReferenceAt(TextPosition position) =>
        ReferenceList.LastOrDefault(r => new TextRange(r.Range.Start, r.NameRange.End).Contains(position));

    /// <summary>The stage reference (FROM image, <c>--from</c>, mount <c>from=</c>) at <paramref name="position"/>; null when none.</summary>
    public StageReference? GetStageReferenceAt(TextPosition position) =>
        StageReferenceList.FirstOrDefault(r => r.Range.Contains(position));
}
