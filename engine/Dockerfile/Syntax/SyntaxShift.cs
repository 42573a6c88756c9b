namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// Moves a node that an incremental re-parse keeps from after the edit: every offset by
/// <see cref="OffsetDelta"/> and every line by <see cref="LineDelta"/>. Only whole lines after the edit are
/// moved, so characters (columns) never change. The words' strings are shared with the old tree, so a moved
/// instruction costs its node objects only, not its text (see <see cref="DockerfileParser.Reparse"/>).
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
            Map(instruction.Flags, f => new InstructionFlag(Apply(f.Name), f.Value is null ? null : Apply(f.Value), Apply(f.Span), Apply(f.Range))),
            Map(instruction.Arguments, Apply),
            instruction.Form,
            instruction.ArgumentsText,
            Apply(instruction.ArgumentsRange),
            Map(instruction.Comments, Apply),
            Map(instruction.EmptyContinuationLines, line => line + LineDelta),
            Map(instruction.Heredocs, h => new Heredoc(
                Apply(h.Marker), h.Name, h.StripsLeadingTabs, h.BodyRange is { } body ? Apply(body) : null,
                h.Terminator is null ? null : Apply(h.Terminator), Apply(h.Span), Apply(h.Range))),
            Apply(instruction.Span),
            Apply(instruction.Range));
        var trigger = instruction is OnbuildInstruction { Trigger: { } t } ? Apply(t) : null;
        return Instruction.Create(instruction.Kind, parts, trigger);
    }

    private static IReadOnlyList<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var result = new TResult[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return result;
    }
}
