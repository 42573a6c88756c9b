using System.Text.RegularExpressions;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An ARG or ENV whose name looks like a secret (a <c>_</c>-delimited word apikey, auth, credential(s), key,
/// password, pword, passwd, secret or token, any case) unless it also has public, file or version: build arguments
/// and environment variables end up in the image's history. BuildKit's build check SecretsUsedInArgOrEnv
/// (dockerfile2llb/validations.go); dockerfile-utils has none. Reported on the name.
/// </summary>
internal sealed partial class SecretsUsedInArgOrEnvRule : DockerfileRule
{
    public override string Id => "SecretsUsedInArgOrEnv";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string keyword, string name) =>
        $"Do not use ARG or ENV instructions for sensitive data ({keyword.ToUpperInvariant()} \"{name}\")";

    [GeneratedRegex("(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Secret();

    [GeneratedRegex("(?:_|^)(?:public|file|version)(?:_|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Allowed();

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind is not (InstructionKind.Arg or InstructionKind.Env) || instruction.Arguments.Count == 0)
            {
                continue;
            }

            // ENV's legacy form "ENV NAME value words" has one name; otherwise every word is NAME[=value].
            var words = instruction.Arguments;
            var legacy = instruction.Kind == InstructionKind.Env && !words[0].Text.Contains('=', StringComparison.Ordinal);
            for (var i = 0; i < (legacy ? 1 : words.Count); i++)
            {
                // The name as a span: a substring per ENV of a large file, only to match it, was most of this rule's time.
                var word = words[i];
                var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? word.Text.AsSpan() : word.Text.AsSpan(0, equals);
                if (Secret().IsMatch(name) && !Allowed().IsMatch(name))
                {
                    var range = equals < 0 ? word.Range : new TextRange(word.Range.Start, syntax.GetPosition(word.Span.Start + equals));
                    diagnostics.Add(Create(Message(instruction.Keyword.Text, name.ToString()), range));
                }
            }
        }
    }
}
