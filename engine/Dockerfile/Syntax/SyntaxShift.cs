namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// Moves a node that an incremental re-parse keeps from after the edit: every offset by
/// <see cref="OffsetDelta"/> and every line by <see cref="LineDelta"/>. Only whole lines after the edit are
/// moved, so characters (columns) never change. The words' strings are shared with the old tree, and so are an
/// instruction's argument words (kept relative to the instruction, <see cref="ArgumentWords"/>), so a moved instruction
/// costs its node objects only, not its text or its arguments (see <see cref="DockerfileParser.Reparse"/>).
/// </summary>
internal sealed record SyntaxShift(int OffsetDelta, int LineDelta)
{
    public bool IsNone => OffsetDelta == 0 && LineDelta == 0;

    public TextSpan Apply(TextSpan span) => new(span.Start + OffsetDelta, span.Length);

    public TextPosition Apply(TextPosition position) => new(position.Line + LineDelta, position.Character);

    public TextRange Apply(TextRange range) => new(Apply(range.Start), Apply(range.End));

    public SyntaxToken Apply(SyntaxToken token) => new(token.Text, Apply(token.Span), Apply(token.Range));

    public Comment Apply(Comment comment) =>
        IsNone ? comment : new Comment(comment.Text, Apply(comment.Span), Apply(comment.Range));

    public Instruction Apply(Instruction instruction)
    {
        if (IsNone)
        {
            return instruction;
        }

        var parts = new InstructionParts(
            Apply(instruction.Keyword),
            Map(instruction.Flags, static (shift, f) => new InstructionFlag(shift.Apply(f.Name), f.Value is null ? null : shift.Apply(f.Value), shift.Apply(f.Span), shift.Apply(f.Range))),
            instruction.ArgumentWords,
            instruction.Form,
            instruction.ArgumentsText,
            Apply(instruction.ArgumentsRange),
            Map(instruction.Comments, static (shift, comment) => shift.Apply(comment)),
            Map(instruction.EmptyContinuationLines, static (shift, line) => line + shift.LineDelta),
            Map(instruction.Heredocs, static (shift, h) => new Heredoc(
                shift.Apply(h.Marker), h.Name, h.StripsLeadingTabs, h.BodyRange is { } body ? shift.Apply(body) : null,
                h.Terminator is null ? null : shift.Apply(h.Terminator), shift.Apply(h.Span), shift.Apply(h.Range))),
            Apply(instruction.Span),
            Apply(instruction.Range));
        var trigger = instruction is OnbuildInstruction { Trigger: { } t } ? Apply(t) : null;
        return Instruction.Create(instruction.Kind, parts, trigger);
    }

    // Static lambdas taking the shift: a lambda or method group capturing it was five delegates per moved instruction,
    // a third of what an edit's re-parse allocated in the middle of a large file (issue #10).
    private IReadOnlyList<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<SyntaxShift, T, TResult> map)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var result = new TResult[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(this, items[i]);
        }

        return result;
    }
}
