using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>FROM --platform=linux/amd64</c> with a constant: the stage is then built for that platform whatever
/// <c>--platform</c> the build asks for. BuildKit's build check FromPlatformFlagConstDisallowed, which (as here) stays
/// silent when the stage name contains the platform's OS or architecture (<c>AS build-amd64</c>: clearly on purpose).
/// dockerfile-utils has none. Reported on the flag value.
/// </summary>
internal sealed class FromPlatformFlagConstDisallowedRule : DockerfileRule
{
    public override string Id => "FromPlatformFlagConstDisallowed";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string platform) => $"FROM --platform flag should not use constant value \"{platform}\"";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is not FromInstruction from)
            {
                continue;
            }

            foreach (var flag in from.Flags)
            {
                if (!string.Equals(flag.Name.Text, "platform", StringComparison.Ordinal)
                    || flag.Value is not { } value || value.Text.Length == 0 || value.Text.Contains('$', StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = value.Text.Split('/');
                var stageName = from.StageName?.Text ?? string.Empty;
                if (!parts.Take(2).Any(p => p.Length > 0 && stageName.Contains(p, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Add(Create(Message(value.Text), value.Range));
                }
            }
        }
    }
}
