using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// One EXPOSE word split as BuildKit splits it (docker/go-connections nat.SplitProtoPort): <c>port[-port][/proto]</c>.
/// Words whose value is only known at build time (variables, quotes, escapes) and host mappings with <c>:</c>
/// (BuildKit's ExposeInvalidFormat territory) are not split: <see cref="TryParse"/> returns false for them.
/// </summary>
internal readonly record struct ExposePort(string Ports, string? Protocol)
{
    public static IEnumerable<(SyntaxToken Word, ExposePort Port)> Of(DockerfileSyntax syntax)
    {
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction.Kind != InstructionKind.Expose)
            {
                continue;
            }

            foreach (var word in instruction.Arguments)
            {
                if (TryParse(word.Text, syntax.EscapeCharacter, out var port))
                {
                    yield return (word, port);
                }
            }
        }
    }

    public static bool TryParse(string word, char escape, out ExposePort port)
    {
        port = default;
        if (word.Length == 0 || word.AsSpan().IndexOfAny(['$', '"', '\'', ':', escape]) >= 0)
        {
            return false;
        }

        // As nat.SplitProtoPort: "80/" is tcp, and anything after a second '/' is ignored.
        var parts = word.Split('/');
        port = new ExposePort(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
        return true;
    }

    /// <summary>True when <see cref="Ports"/> is a port 0–65535 or an ascending range of them (nat.ParsePortRange).</summary>
    public bool HasValidPorts()
    {
        var dash = Ports.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return IsPort(Ports, out _);
        }

        return IsPort(Ports[..dash], out var start) && IsPort(Ports[(dash + 1)..], out var end) && start <= end;
    }

    private static bool IsPort(string text, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 5 && text.All(char.IsAsciiDigit) && int.TryParse(text, out value) && value <= 65535;
    }
}
