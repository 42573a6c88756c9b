using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>What a diagnostics setting asks for (dockerfile-language-server's values).</summary>
public enum DiagnosticLevel
{
    /// <summary><c>"ignore"</c>: the diagnostic is dropped.</summary>
    Ignore,

    /// <summary><c>"warning"</c>.</summary>
    Warning,

    /// <summary><c>"error"</c>.</summary>
    Error,
}

/// <summary>
/// dockerfile-language-server's <c>docker.languageserver.diagnostics.*</c> settings, so users can switch servers
/// and keep them. Each key names a dockerfile-utils code (and, for MULTIPLE_INSTRUCTIONS, an instruction);
/// a key that is missing keeps the rule's own severity (the anchor's reading of a missing key as "ignore"
/// silently turns checks off, a bug not copied: dockerfile-editor-anchors.md §1.3).
/// </summary>
public sealed class DiagnosticSettings
{
    /// <summary>The keys, under <c>docker.languageserver.diagnostics</c>, and the dockerfile-utils code each governs.</summary>
    public static IReadOnlyDictionary<string, int> Keys { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["deprecatedMaintainer"] = 45,
        ["directiveCasing"] = 1,
        ["emptyContinuationLine"] = 11,
        ["instructionCasing"] = 0,
        ["instructionCmdMultiple"] = 37,
        ["instructionEntrypointMultiple"] = 37,
        ["instructionHealthcheckMultiple"] = 37,
        ["instructionJSONInSingleQuotes"] = 49,
        ["instructionWorkdirRelative"] = 50,
    };

    private readonly IReadOnlyDictionary<string, DiagnosticLevel> _levels;

    /// <summary>Settings from key → level; keys not in <see cref="Keys"/> are ignored.</summary>
    public DiagnosticSettings(IReadOnlyDictionary<string, DiagnosticLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        _levels = levels;
    }

    /// <summary>No setting: every rule keeps its own severity.</summary>
    public static DiagnosticSettings Default { get; } = new(new Dictionary<string, DiagnosticLevel>());

    /// <summary>Parses a setting value (<c>ignore</c>, <c>warning</c>, <c>error</c>, any case); null for anything else.</summary>
    public static DiagnosticLevel? ParseLevel(string? value) => value?.ToLowerInvariant() switch
    {
        "ignore" => DiagnosticLevel.Ignore,
        "warning" => DiagnosticLevel.Warning,
        "error" => DiagnosticLevel.Error,
        _ => null,
    };

    /// <summary>
    /// <paramref name="diagnostics"/> of <paramref name="syntax"/> with the settings applied: ignored ones dropped,
    /// the others at the level their setting asks for.
    /// </summary>
    public IReadOnlyList<DockerfileDiagnostic> Apply(DockerfileSyntax syntax, IReadOnlyList<DockerfileDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_levels.Count == 0)
        {
            return diagnostics;
        }

        var result = new List<DockerfileDiagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var key = KeyOf(syntax, diagnostic);
            if (key is null || !_levels.TryGetValue(key, out var level))
            {
                result.Add(diagnostic);
            }
            else if (level != DiagnosticLevel.Ignore)
            {
                result.Add(diagnostic with { Severity = level == DiagnosticLevel.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning });
            }
        }

        return result;
    }

    private static string? KeyOf(DockerfileSyntax syntax, DockerfileDiagnostic diagnostic)
    {
        if (diagnostic.DockerfileUtilsCode is not { } code)
        {
            return null;
        }

        if (code != 37)
        {
            foreach (var (key, keyCode) in Keys)
            {
                if (keyCode == code)
                {
                    return key;
                }
            }

            return null;
        }

        // MULTIPLE_INSTRUCTIONS is reported on the keyword of the instruction it is about.
        var instruction = syntax.Instructions.FirstOrDefault(i => i.Keyword.Range == diagnostic.Range);
        return instruction?.Kind switch
        {
            InstructionKind.Cmd => "instructionCmdMultiple",
            InstructionKind.Entrypoint => "instructionEntrypointMultiple",
            InstructionKind.Healthcheck => "instructionHealthcheckMultiple",
            _ => null,
        };
    }
}
