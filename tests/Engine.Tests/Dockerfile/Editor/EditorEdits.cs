using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Editor;

namespace Containers.Engine.Tests.Dockerfile.Editor;

/// <summary>Applies editor edits to their snapshot's text (all against the original, as an LSP client does).</summary>
internal static class EditorEdits
{
    public static string Apply(DockerfileSnapshot snapshot, IEnumerable<EditorTextEdit> edits)
    {
        var lines = snapshot.Syntax.Lines;
        var text = snapshot.Text;
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start))
        {
            var start = lines.LineStart(edit.Range.Start.Line) + edit.Range.Start.Character;
            var end = lines.LineStart(edit.Range.End.Line) + edit.Range.End.Character;
            text = string.Concat(text.AsSpan(0, start), edit.NewText, text.AsSpan(end));
        }

        return text;
    }
}
