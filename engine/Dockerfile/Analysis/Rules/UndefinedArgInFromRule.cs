using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A FROM line uses a variable that is neither a global ARG (declared before the first FROM) nor a predefined platform
/// ARG: it expands to nothing unless given with --build-arg. BuildKit's build check UndefinedArgInFrom, with its
/// "did you mean" suggestion; dockerfile-utils has none. Reported on the variable name.
/// </summary>
internal sealed class UndefinedArgInFromRule : SemanticRule
{
    public override string Id => "UndefinedArgInFrom";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string name, string? suggestion) => suggestion is null
        ? $"FROM argument '{name}' is not declared"
        : $"FROM argument '{name}' is not declared (did you mean {suggestion}?)";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var reference in scope.VariableReferences)
        {
            if (reference.Stage is null && reference.Instruction is FromInstruction && reference.Variable is null)
            {
                var suggestion = Suggestion.Closest(reference.Name, scope.Model.GlobalVariables.Select(v => v.Name).Concat(PredefinedArgs.Platform));
                diagnostics.Add(Create(Message(reference.Name, suggestion), reference.NameRange));
            }
        }
    }
}
