using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A RUN flag value BuildKit rejects: <c>--network</c> other than default, none or host; <c>--security</c> other
/// than sandbox or insecure; <c>--mount</c> with a <c>type=</c> other than bind, cache, tmpfs, secret or ssh
/// (moby/buildkit frontend/dockerfile/instructions/runnetwork.go, runsecurity.go, runmount.go). dockerfile-utils
/// does not check RUN flags (no code). Values with variables or quotes are not checked.
/// </summary>
internal sealed class InvalidRunFlagValueRule : DockerfileRule
{
    private static readonly string[] s_networks = ["default", "none", "host"];
    private static readonly string[] s_security = ["sandbox", "insecure"];
    private static readonly string[] s_mountTypes = ["bind", "cache", "tmpfs", "secret", "ssh"];

    public override string Id => "InvalidRunFlagValue";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string flag, string value, IEnumerable<string> allowed) =>
        $"Invalid value '{value}' for RUN --{flag}: expected {string.Join(", ", allowed)}";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.Instructions)
        {
            var run = BuildKitFlags.Target(instruction);
            if (run.Kind != InstructionKind.Run)
            {
                continue;
            }

            // An index loop: a foreach over the IReadOnlyList boxes an enumerator per instruction (issue #10).
            for (var i = 0; i < run.Flags.Count; i++)
            {
                var flag = run.Flags[i];
                if (flag.Value is not { } value || value.Text.AsSpan().IndexOfAny(['$', '"', '\'']) >= 0)
                {
                    continue;
                }

                var (allowed, actual) = flag.Name.Text switch
                {
                    "network" => (s_networks, value.Text),
                    "security" => (s_security, value.Text),
                    "mount" => (s_mountTypes, MountType(value.Text)),
                    _ => (null, null),
                };
                if (allowed is not null && actual is not null && !allowed.Contains(actual, StringComparer.OrdinalIgnoreCase))
                {
                    diagnostics.Add(Create(Message(flag.Name.Text, actual, allowed), value.Range));
                }
            }
        }
    }

    /// <summary>The <c>type=</c> of a mount's comma-separated fields; null when absent (bind is the default).</summary>
    private static string? MountType(string mount)
    {
        // Span slicing rather than Split: every RUN --mount of every analysis passes here (bench/dockerfile).
        var rest = mount.AsSpan();
        while (true)
        {
            var comma = rest.IndexOf(',');
            var field = comma < 0 ? rest : rest[..comma];
            var equals = field.IndexOf('=');
            if (equals > 0 && field[..equals].Trim().Equals("type", StringComparison.OrdinalIgnoreCase))
            {
                return field[(equals + 1)..].Trim().ToString();
            }

            if (comma < 0)
            {
                return null;
            }

            rest = rest[(comma + 1)..];
        }
    }
}
