using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// The final stage (the image that ships) switches to root with its last USER: containers then run as root.
/// hadolint's DL3002; best practice, off by default. Only an explicit <c>root</c> or <c>0</c> (with or without a
/// group) is reported — an image that never sets USER inherits its base image's user, which the Dockerfile does not
/// show. Reported on the user.
/// </summary>
internal sealed class LastUserRootRule : SemanticRule
{
    public override bool IsEnabledByDefault => false;

    public override string Id => "LastUserRoot";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message() => "Last USER should not be root";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        // The last stage only (what the image is): in a stage-by-stage run, only the run of that stage reports.
        var stages = scope.Model.Stages;
        if (stages.Count == 0 || !scope.Stages.Contains(stages[^1])
            || stages[^1].Instructions.LastOrDefault(i => i.Kind == InstructionKind.User && i.Arguments.Count > 0) is not { } user)
        {
            return;
        }

        var name = user.Arguments[0].Text;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var who = colon < 0 ? name : name[..colon];
        if (who is "root" or "0")
        {
            diagnostics.Add(Create(Message(), user.Arguments[0].Range));
        }
    }
}
