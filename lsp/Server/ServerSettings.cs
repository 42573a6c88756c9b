using System.Text.Json;
using Containers.Engine.Dockerfile.Editor;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The client's settings, under dockerfile-language-server's keys (<c>docker.languageserver.diagnostics.*</c>,
/// <c>docker.languageserver.formatter.ignoreMultilineInstructions</c>) so users can switch servers. Read from
/// <c>initializationOptions</c> and <c>workspace/didChangeConfiguration</c>; anything missing or malformed
/// means the default. Replaced as a whole; <see cref="Generation"/> counts the replacements.
/// </summary>
public sealed class ServerSettings
{
    private volatile Snapshot _current = new(DiagnosticSettings.Default, false, 0);

    /// <summary>The diagnostics settings in effect.</summary>
    public DiagnosticSettings Diagnostics => _current.Diagnostics;

    /// <summary><c>docker.languageserver.formatter.ignoreMultilineInstructions</c> (default false).</summary>
    public bool IgnoreMultilineInstructions => _current.IgnoreMultilineInstructions;

    /// <summary>Changes whenever the settings are replaced (part of pull-diagnostics result ids).</summary>
    public int Generation => _current.Generation;

    /// <summary>
    /// Takes the settings from <paramref name="settings"/>: an object holding <c>docker.languageserver</c>
    /// (as nested objects or as a dotted key), or the <c>docker.languageserver</c> object itself.
    /// Returns false when it holds none (nothing changes then).
    /// </summary>
    public bool Update(JsonElement? settings)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        var section = Find(root, "docker", "languageserver") ?? Property(root, "docker.languageserver")
            ?? (root.TryGetProperty("diagnostics", out _) || root.TryGetProperty("formatter", out _) ? root : null);
        if (section is not { } languageServer)
        {
            return false;
        }

        var levels = new Dictionary<string, DiagnosticLevel>(StringComparer.Ordinal);
        if (Property(languageServer, "diagnostics") is { ValueKind: JsonValueKind.Object } diagnostics)
        {
            foreach (var key in DiagnosticSettings.Keys.Keys)
            {
                if (Property(diagnostics, key) is { ValueKind: JsonValueKind.String } value && DiagnosticSettings.ParseLevel(value.GetString()) is { } level)
                {
                    levels[key] = level;
                }
            }
        }

        var ignoreMultiline = Find(languageServer, "formatter", "ignoreMultilineInstructions") is { ValueKind: JsonValueKind.True };
        _current = new Snapshot(new DiagnosticSettings(levels), ignoreMultiline, _current.Generation + 1);
        return true;
    }

    private static JsonElement? Find(JsonElement element, string first, string second) =>
        Property(element, first) is { ValueKind: JsonValueKind.Object } inner ? Property(inner, second) : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private sealed record Snapshot(DiagnosticSettings Diagnostics, bool IgnoreMultilineInstructions, int Generation);
}
