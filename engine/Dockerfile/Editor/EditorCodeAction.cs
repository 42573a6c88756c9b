using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>What an <see cref="EditorCodeAction"/> is, in the terms of LSP's <c>CodeActionKind</c>.</summary>
public enum EditorCodeActionKind
{
    /// <summary>Fixes the problem a diagnostic reports (<c>quickfix</c>).</summary>
    QuickFix,

    /// <summary>Rewrites code without changing what it means (<c>refactor.rewrite</c>), offered where the cursor is.</summary>
    RefactorRewrite,
}

/// <summary>A replacement of a range of the text (0-based lines, UTF-16 columns); empty range to insert, empty text to delete.</summary>
/// <param name="Range">What to replace.</param>
/// <param name="NewText">The replacement.</param>
public sealed record EditorTextEdit(TextRange Range, string NewText);

/// <summary>One fix or refactoring, with the edits that carry it out (all against the snapshot it was computed for).</summary>
/// <param name="Title">What the editor's light bulb shows.</param>
/// <param name="Kind">A quick fix or a refactoring.</param>
/// <param name="Edits">Non-overlapping edits, in text order.</param>
/// <param name="Diagnostic">The diagnostic the fix resolves; null for a refactoring.</param>
/// <param name="IsPreferred">True for the one fix that is certainly right (what "auto fix" applies).</param>
public sealed record EditorCodeAction(string Title, EditorCodeActionKind Kind, IReadOnlyList<EditorTextEdit> Edits, DockerfileDiagnostic? Diagnostic, bool IsPreferred);
