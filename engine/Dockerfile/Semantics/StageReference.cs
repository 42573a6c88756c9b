using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// A place that may name a build stage (<c>FROM x</c>, <c>COPY --from=x</c>, <c>RUN --mount=…,from=x</c>); when it
/// names no stage it is an image (or a named build context) and <see cref="Target"/> is null.
/// </summary>
public sealed class StageReference
{
    internal StageReference(StageReferenceKind kind, string text, TextRange range, Instruction instruction, BuildStage? stage, BuildStage? target, bool isIndex)
    {
        Kind = kind;
        Text = text;
        Range = range;
        Instruction = instruction;
        Stage = stage;
        Target = target;
        IsIndex = isIndex;
    }

    /// <summary>Which syntax names the stage.</summary>
    public StageReferenceKind Kind { get; }

    /// <summary>The name or index as written.</summary>
    public string Text { get; }

    /// <summary>The range of <see cref="Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>The instruction holding the reference.</summary>
    public Instruction Instruction { get; }

    /// <summary>The stage the reference is in (for <see cref="StageReferenceKind.FromImage"/>, the stage the FROM starts).</summary>
    public BuildStage? Stage { get; }

    /// <summary>
    /// The stage named: by name (case-insensitive) an earlier stage for FROM, any other stage for <c>--from</c> and
    /// <c>from=</c>; by index (<see cref="IsIndex"/>) the stage at that 0-based index. Null when it names an image.
    /// </summary>
    public BuildStage? Target { get; }

    /// <summary>True when <see cref="Text"/> is a number (an index into the stages, which rename leaves alone).</summary>
    public bool IsIndex { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Text} {Range}";
}
