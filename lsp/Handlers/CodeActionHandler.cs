using System.Text.Json;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: the engine's quick fixes for our diagnostics in the request's context (each linked
/// to the client's diagnostic object, the certain one <c>isPreferred</c>), then its refactorings at the range.
/// </summary>
public static class CodeActionHandler
{
    public const string QuickFix = "quickfix";
    public const string RefactorRewrite = "refactor.rewrite";

    public static readonly CodeActionOptions Options = new([QuickFix, RefactorRewrite], ResolveProvider: false);

    public static CodeAction[] Get(OpenDocument? document, CodeActionParams parameters, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return [];
        }

        // Ours only (source "containers", a string code); kept with the client's object to hand back.
        var ours = new List<(DockerfileDiagnostic Engine, JsonElement Client)>();
        foreach (var element in parameters.Context?.Diagnostics ?? [])
        {
            if (ToEngine(element) is { } diagnostic)
            {
                ours.Add((diagnostic, element));
            }
        }

        var actions = DockerfileCodeActions.Get(document.Snapshot, parameters.Range.ToEngine(), [.. ours.Select(o => o.Engine)], cancellationToken);
        var only = parameters.Context?.Only;
        return [.. actions
            .Select(a => new CodeAction(
                a.Title,
                a.Kind == EditorCodeActionKind.QuickFix ? QuickFix : RefactorRewrite,
                a.Diagnostic is null ? null : [ours.First(o => ReferenceEquals(o.Engine, a.Diagnostic)).Client],
                a.IsPreferred ? true : null,
                new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal)
                {
                    [document.Uri] = [.. a.Edits.Select(e => new TextEdit(e.Range.ToLsp(), e.NewText))],
                })))
            // "only" lists kinds and their parents: "refactor" admits "refactor.rewrite".
            .Where(a => only is not { Count: > 0 } || only.Any(k => a.Kind == k || a.Kind.StartsWith(k + ".", StringComparison.Ordinal)))];
    }

    private static DockerfileDiagnostic? ToEngine(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("source", out var source) || source.GetString() != EngineConversions.DiagnosticSource
            || !element.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("range", out var range) || ReadRange(range) is not { } engineRange)
        {
            return null;
        }

        var message = element.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
        var severity = element.TryGetProperty("severity", out var s) && s.ValueKind == JsonValueKind.Number ? (DiagnosticSeverity)s.GetInt32() : DiagnosticSeverity.Warning;
        return new DockerfileDiagnostic(code.GetString()!, null, severity, message, engineRange);
    }

    private static Engine.Dockerfile.Syntax.TextRange? ReadRange(JsonElement range)
    {
        try
        {
            var start = range.GetProperty("start");
            var end = range.GetProperty("end");
            return new(start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32());
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
