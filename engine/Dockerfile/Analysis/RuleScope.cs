using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// What one run of a rule reads (issue #10: analysis per edit). Most rules run once per segment of the file: the
/// instructions before the first FROM, then each stage (its FROM first); their diagnostics lie in that segment and
/// depend only on it, on the file's parser directives and global ARGs, on the stage table (names, count, indexes:
/// the FROM lines) and on the stage's base stages. That is what lets <see cref="DockerfileAnalyzer"/> keep the
/// diagnostics of the segments an edit cannot have changed. Rules that read the whole file at once
/// (<see cref="DockerfileRule.ReadsWholeFile"/>: directives, instruction casing, duplicate stage names) get the
/// whole file and run on every analysis.
/// </summary>
internal sealed class RuleScope
{
    private RuleScope(DockerfileAnalyzerOptions options, DockerfileSemanticModel model, DockerfileSyntax syntax, IReadOnlyList<BuildStage> stages, IReadOnlyList<VariableReference> references, IReadOnlyList<StageReference> stageReferences)
    {
        Options = options;
        Model = model;
        Syntax = syntax;
        Stages = stages;
        VariableReferences = references;
        StageReferences = stageReferences;
    }

    /// <summary>
    /// The options of the analysis, for the rules that read what the analyzer was told about the build context
    /// (<see cref="DockerfileAnalyzerOptions.DockerIgnore"/>); an analysis reuses segments only from one with equal options.
    /// </summary>
    public DockerfileAnalyzerOptions Options { get; }

    /// <summary>The model of the whole file (global ARGs, every stage, the stage count).</summary>
    public DockerfileSemanticModel Model { get; }

    /// <summary>The file with only the segment's instructions (text, lines, directives and comments of the whole file).</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The segment's stage (none before the first FROM), or every stage for the whole file.</summary>
    public IReadOnlyList<BuildStage> Stages { get; }

    /// <summary>The segment's variable references, in text order.</summary>
    public IReadOnlyList<VariableReference> VariableReferences { get; }

    /// <summary>The segment's stage references, in text order.</summary>
    public IReadOnlyList<StageReference> StageReferences { get; }

    public static RuleScope WholeFile(DockerfileSemanticModel model, DockerfileAnalyzerOptions options) =>
        new(options, model, model.Syntax, model.Stages, model.VariableReferences, model.StageReferences);

    /// <summary>The instructions before the first FROM (all of them when there is none).</summary>
    public static RuleScope BeforeFirstFrom(DockerfileSemanticModel model, DockerfileAnalyzerOptions options)
    {
        var syntax = model.Syntax;
        if (model.Stages.Count == 0)
        {
            return new(options, model, syntax, [], model.VariableReferences, model.StageReferences);
        }

        var first = model.Stages[0];
        // A copy (a few instructions at most, usually): the rules read a scope's instructions as a span.
        List<Instruction> instructions = [.. syntax.Instructions.Take(FirstFromIndex(syntax))];
        return new(
            options,
            model,
            Restrict(syntax, instructions),
            [],
            new ListSlice<VariableReference>(model.VariableReferences, 0, first.ReferenceStart),
            new ListSlice<StageReference>(model.StageReferences, 0, first.StageReferenceStart));
    }

    /// <summary>One stage, its FROM first.</summary>
    public static RuleScope Stage(DockerfileSemanticModel model, BuildStage stage, DockerfileAnalyzerOptions options) => new(
        options,
        model,
        Restrict(model.Syntax, stage.InstructionList),
        [stage],
        new ListSlice<VariableReference>(model.VariableReferences, stage.ReferenceStart, stage.ReferenceEnd - stage.ReferenceStart),
        new ListSlice<StageReference>(model.StageReferences, stage.StageReferenceStart, stage.StageReferenceEnd - stage.StageReferenceStart));

    /// <summary>Index of the first FROM among the instructions; their count when there is none.</summary>
    public static int FirstFromIndex(DockerfileSyntax syntax)
    {
        var instructions = syntax.Instructions;
        var i = 0;
        while (i < instructions.Count && instructions[i].Kind != InstructionKind.From)
        {
            i++;
        }

        return i;
    }

    private static DockerfileSyntax Restrict(DockerfileSyntax syntax, List<Instruction> instructions) =>
        new(syntax.Text, syntax.Lines, syntax.EscapeCharacter, syntax.Directives, syntax.Comments, instructions);
}
