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
        foreach (var instruction in syntax.InstructionSpan)
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

                var allowed = flag.Name.Text switch
                {
                    "network" => s_networks,
                    "security" => s_security,
                    "mount" => s_mountTypes,
                    _ => null,
                };

                // Compared as spans: a string per RUN --mount of a large file, and LINQ's Contains, were most of this rule's time.
                ReadOnlySpan<char> actual = value.Text;
                if (allowed is null || (allowed == s_mountTypes && !TryMountType(value.Text, out actual)) || IsAllowed(actual, allowed))
                {
                    continue;
                }

                diagnostics.Add(Create(Message(flag.Name.Text, actual.ToString(), allowed), value.Range));
            }
        }
    }

    private static bool IsAllowed(ReadOnlySpan<char> value, string[] allowed)
    {
        foreach (var candidate in allowed)
        {
            if (value.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>type=</c> of a mount's comma-separated fields; false when absent (bind is the default).</summary>
    private static bool TryMountType(string mount, out ReadOnlySpan<char> type)
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
                type = field[(equals + 1)..].Trim();
                return true;
            }

            if (comma < 0)
            {
                type = default;
                return false;
            }

            rest = rest[(comma + 1)..];
        }
    }
}
