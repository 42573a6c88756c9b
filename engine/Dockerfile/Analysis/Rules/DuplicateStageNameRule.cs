using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// Two stages with the same name (names are case-insensitive). BuildKit's build check DuplicateStageName;
/// dockerfile-utils' DUPLICATE_BUILD_STAGE_NAME (10), which flags every occurrence, as this rule does. A warning,
/// not dockerfile-utils' error: BuildKit builds such a file.
/// </summary>
internal sealed class DuplicateStageNameRule : DockerfileRule
{
    public override string Id => "DuplicateStageName";

    public override int? DockerfileUtilsCode => 10;

    public override bool ReadsWholeFile => true;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string name) => $"Duplicate stage name '{name}', stage names should be unique";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        // A loop over the span: the query over every instruction of a large file cost more than the grouping of its few names.
        List<SyntaxToken>? names = null;
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is FromInstruction { StageName: { } name })
            {
                (names ??= []).Add(name);
            }
        }

        if (names is not { Count: > 1 })
        {
            return;
        }

        var duplicates = names.GroupBy(n => n.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g);
        foreach (var name in duplicates)
        {
            diagnostics.Add(Create(Message(name.Text.ToLowerInvariant()), name.Range));
        }
    }
}
