using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// Which segments' diagnostics an edit cannot have changed (issue #10: a keystroke in stage k re-analyses stage k,
/// not the file). A segment's diagnostics depend on its instructions, the parser directives, the instructions before
/// the first FROM (global ARGs), the FROM lines (stage names, count, indexes, base stages) and what its base stages
/// pass on (ENV, SHELL); see <see cref="RuleScope"/>. So:
/// <list type="bullet">
/// <item>the directives or escape character changed, an instruction before the first FROM or the first FROM itself
/// changed, or a FROM was added, removed or changed: nothing is reused;</item>
/// <item>otherwise every changed instruction lies in one stage k: k and the stages built on it (directly or through
/// others) run again; the stages before k keep their diagnostics as they are, the stages after k keep theirs moved by
/// the edit's line delta.</item>
/// </list>
/// Unchanged instructions are recognised without trusting the re-parse: before the edit they are the very same nodes
/// (<see cref="DockerfileSnapshot.Update"/> keeps them); after it, nodes of the same kind and length moved by exactly
/// the edit's offset and line deltas whose whole first line lies in the text after the edit, which both versions share.
/// </summary>
internal static class SegmentReuse
{
    /// <summary>Per segment, the diagnostics to reuse, or null where the rules must run; null when nothing can be reused.</summary>
    public static DockerfileDiagnostic[]?[]? Find(DockerfileAnalysis previous, DockerfileSemanticModel model)
    {
        var old = previous.Syntax;
        var now = model.Syntax;
        var stages = model.Stages;
        if (previous.Segments.Length != stages.Count + 1 || old.EscapeCharacter != now.EscapeCharacter || !SameDirectives(old, now))
        {
            return null;
        }

        var oldInstructions = old.Instructions;
        var newInstructions = now.Instructions;
        var limit = Math.Min(oldInstructions.Count, newInstructions.Count);
        var prefix = 0;
        while (prefix < limit && ReferenceEquals(oldInstructions[prefix], newInstructions[prefix]))
        {
            prefix++;
        }

        if (prefix <= RuleScope.FirstFromIndex(now))
        {
            // The global ARGs or the first FROM changed (or the text before them).
            return null;
        }

        var textPrefix = old.Text.AsSpan().CommonPrefixLength(now.Text);
        var textSuffix = DockerfileParser.CommonSuffixLength(old.Text.AsSpan(textPrefix), now.Text.AsSpan(textPrefix));
        var oldEditEnd = old.Text.Length - textSuffix;
        var offsetDelta = now.Text.Length - old.Text.Length;
        var lineDelta = now.LineCount - old.LineCount;
        var suffix = 0;
        while (suffix < limit - prefix && IsMoved(old, oldInstructions[^(suffix + 1)], newInstructions[^(suffix + 1)], oldEditEnd, offsetDelta, lineDelta))
        {
            suffix++;
        }

        if (HasFrom(oldInstructions, prefix, oldInstructions.Count - suffix) || HasFrom(newInstructions, prefix, newInstructions.Count - suffix))
        {
            return null;
        }

        // The changed instructions follow the last unchanged one, in its stage (no FROM among them).
        var edited = StageOf(stages, newInstructions[prefix - 1]);
        var result = new DockerfileDiagnostic[]?[stages.Count + 1];
        result[0] = previous.Segments[0];
        var dirty = new bool[stages.Count];
        for (var i = 0; i < stages.Count; i++)
        {
            dirty[i] = i == edited || (i > edited && stages[i].BaseStage is { } parent && dirty[parent.Index]);
            if (!dirty[i])
            {
                result[i + 1] = i < edited ? previous.Segments[i + 1] : Shift(previous.Segments[i + 1], lineDelta);
            }
        }

        return result;
    }

    private static bool SameDirectives(DockerfileSyntax old, DockerfileSyntax now)
    {
        if (old.Directives.Count != now.Directives.Count)
        {
            return false;
        }

        for (var i = 0; i < old.Directives.Count; i++)
        {
            var (a, b) = (old.Directives[i], now.Directives[i]);
            if (a.Range != b.Range || !string.Equals(a.Name.Text, b.Name.Text, StringComparison.Ordinal) || !string.Equals(a.Value.Text, b.Value.Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="now"/> is <paramref name="before"/> moved by the edit: same kind, length and column, from text after the edit.</summary>
    private static bool IsMoved(DockerfileSyntax old, Instruction before, Instruction now, int oldEditEnd, int offsetDelta, int lineDelta) =>
        before.Kind == now.Kind
        && now.Span.Start - before.Span.Start == offsetDelta
        && now.Span.Length == before.Span.Length
        && now.Range.Start.Line - before.Range.Start.Line == lineDelta
        && now.Range.Start.Character == before.Range.Start.Character
        && old.Lines.LineStart(before.Range.Start.Line) >= oldEditEnd;

    private static bool HasFrom(IReadOnlyList<Instruction> instructions, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (instructions[i].Kind == InstructionKind.From)
            {
                return true;
            }
        }

        return false;
    }

    private static int StageOf(IReadOnlyList<BuildStage> stages, Instruction instruction)
    {
        var index = 0;
        while (index + 1 < stages.Count && stages[index + 1].From.Span.Start <= instruction.Span.Start)
        {
            index++;
        }

        return index;
    }

    private static DockerfileDiagnostic[] Shift(DockerfileDiagnostic[] diagnostics, int lineDelta)
    {
        if (lineDelta == 0 || diagnostics.Length == 0)
        {
            return diagnostics;
        }

        var moved = new DockerfileDiagnostic[diagnostics.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            var range = diagnostics[i].Range;
            moved[i] = diagnostics[i] with
            {
                Range = new TextRange(range.Start.Line + lineDelta, range.Start.Character, range.End.Line + lineDelta, range.End.Character),
            };
        }

        return moved;
    }
}
