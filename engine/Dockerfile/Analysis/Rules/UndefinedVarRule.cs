using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A builder-expanded instruction (ADD, ARG, COPY, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR, flags)
/// uses a variable no ARG or ENV in reach declares. BuildKit's build check UndefinedVar; dockerfile-utils has none.
/// BuildKit also knows the base image's environment; the Dockerfile alone does not, so (no false positives) the rule
/// only runs in stages whose whole environment is known: built FROM scratch, or on a stage that is. Shell-expanded
/// references (RUN, CMD, ENTRYPOINT) are never reported: the shell may define them. Reported on the variable name.
/// </summary>
internal sealed class UndefinedVarRule : SemanticRule
{
    public override string Id => "UndefinedVar";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string name, string? suggestion) => suggestion is null
        ? $"Usage of undefined variable '${name}'"
        : $"Usage of undefined variable '${name}' (did you mean ${suggestion}?)";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        // All references of one instruction see the same scope: compute the names in scope once per instruction,
        // not once per undefined reference (a stage full of undefined variables made this quadratic).
        Instruction? scopeOf = null;
        List<string> candidates = [];
        foreach (var reference in scope.VariableReferences)
        {
            if (reference is { Variable: null, Expansion: VariableExpansion.Builder, Stage.HasKnownBaseEnvironment: true })
            {
                if (!ReferenceEquals(scopeOf, reference.Instruction))
                {
                    scopeOf = reference.Instruction;
                    candidates = [.. scope.Model.GetVariablesInScope(reference.Instruction.Range.Start).Select(b => b.Name)];
                }

                diagnostics.Add(Create(Message(reference.Name, Suggestion.Closest(reference.Name, candidates)), reference.NameRange));
            }
        }
    }
}
