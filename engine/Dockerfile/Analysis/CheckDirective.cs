using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// BuildKit's <c># check=skip=A,B|all;error=true</c> parser directive (Dockerfile reference, "check"; buildkit
/// frontend/dockerfile/linter ParseLintOptions): semicolon-separated <c>key=value</c> pairs; rule names are
/// case-sensitive; only the first check directive counts, like every directive.
/// </summary>
public sealed record CheckDirective
{
    /// <summary>The rules skipped (empty when none).</summary>
    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True for <c>skip=all</c>: every build check is skipped.</summary>
    public bool SkipAll { get; init; }

    /// <summary>True for <c>error=true</c>: build-check warnings fail the build, so they are errors.</summary>
    public bool Error { get; init; }

    /// <summary>The problem found while reading the directive (unknown key, bad boolean); null when it is well formed.</summary>
    public string? Problem { get; init; }

    /// <summary>The directive of <paramref name="syntax"/>; null when the file has none.</summary>
    public static CheckDirective? From(DockerfileSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var directive = syntax.Directives.FirstOrDefault(d => string.Equals(d.Name.Text, "check", StringComparison.OrdinalIgnoreCase));
        return directive is null ? null : Parse(directive.Value.Text);
    }

    /// <summary>Reads a directive value such as <c>skip=JSONArgsRecommended,StageNameCasing;error=true</c>.</summary>
    public static CheckDirective Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var skip = new HashSet<string>(StringComparer.Ordinal);
        var skipAll = false;
        var error = false;
        string? problem = null;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? part : part[..equals]).Trim();
            var v = equals < 0 ? string.Empty : part[(equals + 1)..].Trim();
            switch (key.ToLowerInvariant())
            {
                case "skip":
                    foreach (var rule in v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (string.Equals(rule, "all", StringComparison.OrdinalIgnoreCase))
                        {
                            skipAll = true;
                        }
                        else
                        {
                            skip.Add(rule);
                        }
                    }

                    break;
                case "error":
                    if (!bool.TryParse(v, out error))
                    {
                        problem ??= $"Invalid value '{v}' for check option error, expected true or false";
                    }

                    break;
                case "experimental":
                    break;
                default:
                    problem ??= $"Unknown check option '{key}'";
                    break;
            }
        }

        return new CheckDirective { Skip = skip, SkipAll = skipAll, Error = error, Problem = problem };
    }
}
