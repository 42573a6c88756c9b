using System.Globalization;
using System.Text;
using Containers.Engine.Dockerfile.Syntax;
using Containers.Engine.Streams.BuildContext;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A COPY or ADD source from the build context that the context's .dockerignore excludes, itself or through a parent
/// directory: the context sent to the builder will not hold it. BuildKit's build check CopyIgnoredFile
/// (dockerfile2llb validateCopySourcePath); dockerfile-utils has none. Runs only when the context's .dockerignore is
/// known (the language server and Test-Dockerfile read it), and, as in BuildKit, not at all when that file has a
/// <c>!</c> exception (whether an exception brings part of a directory back cannot be told from the
/// Dockerfile alone; moby/buildkit#6534). Not checked: COPY --from (another stage or image), URLs and git sources,
/// here-documents, sources written with variables or quotes the shell would change. The source is cleaned like a Go
/// path (<c>./a//b/</c> is <c>a/b</c>) and reported so; the context root (<c>.</c>, <c>/</c>) only when a pattern
/// excludes every name in it, such as <c>*</c> (not for <c>.*</c>; moby/buildkit#6930). Reported on the source.
/// </summary>
internal sealed class CopyIgnoredFileRule : SemanticRule
{
    public override string Id => "CopyIgnoredFile";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <summary>BuildKit's RuleCopyIgnoredFile format: <paramref name="instruction"/> is "Copy" or "Add", the file Go-quoted (%q).</summary>
    internal static string Message(string instruction, string file) =>
        $"Attempting to {instruction} file {GoQuote(file)} that is excluded by .dockerignore";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        if (scope.Options.DockerIgnore is not { HasExceptions: false } ignore)
        {
            return;
        }

        foreach (var instruction in scope.Syntax.Instructions)
        {
            if (instruction.Kind is not (InstructionKind.Copy or InstructionKind.Add)
                || instruction.Arguments.Count < 2
                || instruction.Flags.Any(f => string.Equals(f.Name.Text, "from", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var isAdd = instruction.Kind == InstructionKind.Add;
            for (var i = 0; i < instruction.Arguments.Count - 1; i++)
            {
                var argument = instruction.Arguments[i];
                if (IsHeredocMarker(instruction, argument)
                    || SourcePath(argument.Text, instruction.Form) is not { } source
                    || IsRemote(source))
                {
                    continue;
                }

                var cleaned = GoPath.Clean(source);
                var excluded = cleaned is "." or "/" ? ignore.ExcludesEveryTopLevelEntry : ignore.IsExcluded(cleaned);
                if (excluded)
                {
                    diagnostics.Add(Create(Message(isAdd ? "Add" : "Copy", cleaned), argument.Range));
                }
            }
        }
    }

    private static bool IsHeredocMarker(Instruction instruction, SyntaxToken argument)
    {
        foreach (var heredoc in instruction.Heredocs)
        {
            if (heredoc.Marker.Span.Start == argument.Span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The path BuildKit would check: JSON strings as they are; a shell word without quotes, or wholly inside one pair
    /// of them. Null for what only the builder's word expansion can tell (variables, escapes, partial quoting).
    /// </summary>
    private static string? SourcePath(string text, InstructionForm form)
    {
        if (text.Length == 0 || text.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        if (form == InstructionForm.Json)
        {
            return text;
        }

        if (text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0])
        {
            text = text[1..^1];
        }

        return text.Length == 0 || text.AsSpan().IndexOfAny("\"'\\") >= 0 ? null : text;
    }

    // BuildKit: isHTTPSource (http:// or https://) and gitutil.ParseGitRef for sources that cannot be local paths
    // (a scheme, or scp-like user@host:path). COPY rejects both before checking; ADD fetches them.
    private static bool IsRemote(string source)
    {
        if (source.Contains("://", StringComparison.Ordinal))
        {
            return true;
        }

        var at = source.IndexOf('@', StringComparison.Ordinal);
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        return at > 0 && colon > at + 1 && !source.AsSpan(0, colon).Contains('/');
    }

    /// <summary>Go's <c>%q</c> of a path: double quotes, with backslash, quote and control characters escaped.</summary>
    private static string GoQuote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append(@"\\"),
                '\n' => quoted.Append(@"\n"),
                '\r' => quoted.Append(@"\r"),
                '\t' => quoted.Append(@"\t"),
                < ' ' or '\u007f' => quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
