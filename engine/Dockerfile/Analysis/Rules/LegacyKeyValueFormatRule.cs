using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>ENV key value</c> or <c>LABEL key value</c>, the legacy whitespace form, instead of <c>key=value</c>.
/// BuildKit's build check LegacyKeyValueFormat; dockerfile-utils has none. Reported on the instruction's arguments.
/// A lone key without value is left to the argument rules.
/// </summary>
internal sealed class LegacyKeyValueFormatRule : DockerfileRule
{
    public override string Id => "LegacyKeyValueFormat";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string keyword) =>
        $"\"{keyword.ToUpperInvariant()} key=value\" should be used instead of legacy \"{keyword.ToUpperInvariant()} key value\" format";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            var target = BuildKitFlags.Target(instruction);
            if (target.Kind is InstructionKind.Env or InstructionKind.Label
                && target.ArgumentWords is { Count: >= 2 } words
                && !words.Words[0].Text.Contains('=', StringComparison.Ordinal))
            {
                diagnostics.Add(Create(Message(target.Keyword.Text), target.ArgumentsRange));
            }
        }
    }
}
