using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>A build stage: a FROM instruction and the instructions up to the next FROM.</summary>
public sealed class BuildStage
{
    internal readonly List<Instruction> InstructionList;
    internal readonly List<DockerfileVariable> VariableList;
    internal readonly Dictionary<string, DockerfileVariable> VariablesByName;

    /// <summary>The variable references in the FROM image, in order (an index, so rules need not scan every reference per stage).</summary>
    internal readonly List<VariableReference> BaseImageReferenceList = [];

    /// <summary>The ENVs the stage starts with, from its base stage.</summary>
    internal readonly Dictionary<string, VariableBinding> InheritedEnvironment = new(StringComparer.Ordinal);

    /// <summary>The ENVs in effect at the end of the stage (what a stage built FROM it inherits).</summary>
    internal Dictionary<string, VariableBinding> ExportedEnvironment = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the stage's variable references (its FROM line's included) and stage references lie in the model's lists,
    /// [start, end): the analyzer runs its rules stage by stage (issue #10).
    /// </summary>
    internal int ReferenceStart;
    internal int ReferenceEnd;
    internal int StageReferenceStart;
    internal int StageReferenceEnd;

    /// <param name="index">The stage's 0-based index.</param>
    /// <param name="from">Its FROM instruction.</param>
    /// <param name="instructionCount">How many instructions it has, FROM included (its list is made at that size).</param>
    /// <param name="declarationCount">How many ARG and ENV words it has: at most that many variables.</param>
    internal BuildStage(int index, FromInstruction from, int instructionCount, int declarationCount)
    {
        VariableList = new(declarationCount);
        VariablesByName = new(declarationCount, StringComparer.Ordinal);
        Index = index;
        From = from;
        InstructionList = new(instructionCount);
        InstructionList.Add(from);
    }

    /// <summary>0-based position among the stages (what <c>COPY --from=0</c> names).</summary>
    public int Index { get; }

    /// <summary>The FROM instruction that starts the stage.</summary>
    public FromInstruction From { get; }

    /// <summary>The name after AS, as written; null for an unnamed stage. Stage names are case-insensitive.</summary>
    public SyntaxToken? Name => From.StageName;

    /// <summary>The base image as written (possibly with variables); null when FROM has no argument.</summary>
    public SyntaxToken? BaseImage => From.Image;

    /// <summary>The base image with global ARG defaults substituted; null when not knowable or missing.</summary>
    public string? ResolvedBaseImage { get; internal set; }

    /// <summary>The earlier stage this one is built on (<c>FROM &lt;stage&gt;</c>); null for an image.</summary>
    public BuildStage? BaseStage { get; internal set; }

    /// <summary>
    /// True when every environment variable the stage starts with is known: it is built FROM scratch, or on a stage
    /// that is. Otherwise the base image may define variables the Dockerfile does not show.
    /// </summary>
    public bool HasKnownBaseEnvironment { get; internal set; }

    /// <summary>The <c>--platform</c> flag value as written; null when absent.</summary>
    public SyntaxToken? Platform => From.Flags.FirstOrDefault(f => string.Equals(f.Name.Text, "platform", StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The instructions of the stage, its FROM first.</summary>
    public IReadOnlyList<Instruction> Instructions => InstructionList;

    /// <summary>From the FROM keyword to the end of the stage's last instruction.</summary>
    public TextRange Range { get; internal set; }

    /// <summary>The variables declared in the stage (ARG and ENV), in order of first declaration.</summary>
    public IReadOnlyList<DockerfileVariable> Variables => VariableList;

    /// <summary>The variable of this name declared in the stage; null when none.</summary>
    public DockerfileVariable? GetVariable(string name) => VariablesByName.GetValueOrDefault(name);

    /// <summary>The name if any, else the index (as <c>COPY --from</c> would name the stage).</summary>
    public string DisplayName => Name?.Text ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"stage {DisplayName}";
}
