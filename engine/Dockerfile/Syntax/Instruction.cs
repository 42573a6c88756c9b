namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// One instruction: its keyword, flags and arguments as one logical line (continuations joined), plus
/// what the builder drops from it (comment lines, empty continuation lines) and its here-documents.
/// <see cref="SyntaxNode.Range"/> runs from the keyword to the end of the last line it uses.
/// </summary>
public abstract class Instruction : SyntaxNode
{
    private readonly ArgumentWords _words;
    private SyntaxToken[]? _arguments;

    private protected Instruction(InstructionParts parts)
        : base(parts.Span, parts.Range)
    {
        Keyword = parts.Keyword;
        Flags = parts.Flags;
        _words = parts.Arguments;
        Form = parts.Form;
        ArgumentsText = parts.ArgumentsText;
        ArgumentsRange = parts.ArgumentsRange;
        Comments = parts.Comments;
        EmptyContinuationLines = parts.EmptyContinuationLines;
        Heredocs = parts.Heredocs;
    }

    /// <summary>Which instruction this is.</summary>
    public abstract InstructionKind Kind { get; }

    /// <summary>The keyword as written (any case).</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The leading <c>--flag[=value]</c> words.</summary>
    public IReadOnlyList<InstructionFlag> Flags { get; }

    /// <summary>
    /// The arguments after the flags: whitespace-separated words (quotes kept) in shell form, the
    /// unescaped JSON strings in JSON form.
    /// </summary>
    /// <remarks>Made when first read (<see cref="ArgumentWords"/>); every read after that gives the same tokens.</remarks>
    public IReadOnlyList<SyntaxToken> Arguments => _arguments ?? MakeArguments();

    /// <summary>Shell or JSON (exec) form.</summary>
    public InstructionForm Form { get; }

    /// <summary>Everything after the flags as one logical line (continuations removed), trimmed.</summary>
    public string ArgumentsText { get; }

    /// <summary>The range of <see cref="ArgumentsText"/>; empty, just after the keyword or flags, when there are none.</summary>
    public TextRange ArgumentsRange { get; }

    /// <summary>Comment lines inside the continued instruction.</summary>
    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>0-based lines that are blank inside a continuation (BuildKit's NoEmptyContinuation).</summary>
    public IReadOnlyList<int> EmptyContinuationLines { get; }

    /// <summary>The here-documents, in order.</summary>
    public IReadOnlyList<Heredoc> Heredocs { get; }

    /// <summary>The argument words without their tokens: for readers that need only their places and texts.</summary>
    internal ArgumentWords ArgumentWords => _words;

    /// <summary>The span of argument <paramref name="index"/>, without making its token.</summary>
    internal TextSpan ArgumentSpan(int index) => _words.SpanAt(index, Span.Start);

    /// <summary>The node class of <paramref name="kind"/> (the parser's and the incremental re-parse's one factory).</summary>
    internal static Instruction Create(InstructionKind kind, InstructionParts parts, Instruction? trigger) => kind switch
    {
        InstructionKind.Add => new AddInstruction(parts),
        InstructionKind.Arg => new ArgInstruction(parts),
        InstructionKind.Cmd => new CmdInstruction(parts),
        InstructionKind.Copy => new CopyInstruction(parts),
        InstructionKind.Entrypoint => new EntrypointInstruction(parts),
        InstructionKind.Env => new EnvInstruction(parts),
        InstructionKind.Expose => new ExposeInstruction(parts),
        InstructionKind.From => new FromInstruction(parts),
        InstructionKind.Healthcheck => new HealthcheckInstruction(parts),
        InstructionKind.Label => new LabelInstruction(parts),
        InstructionKind.Maintainer => new MaintainerInstruction(parts),
        InstructionKind.Onbuild => new OnbuildInstruction(parts, trigger),
        InstructionKind.Run => new RunInstruction(parts),
        InstructionKind.Shell => new ShellInstruction(parts),
        InstructionKind.Stopsignal => new StopsignalInstruction(parts),
        InstructionKind.User => new UserInstruction(parts),
        InstructionKind.Volume => new VolumeInstruction(parts),
        InstructionKind.Workdir => new WorkdirInstruction(parts),
        _ => new UnknownInstruction(parts),
    };

    // Threads may race to make them; one array wins and is the one every reader gets.
    private SyntaxToken[] MakeArguments()
    {
        var tokens = _words.ToTokens(Span.Start, Range.Start);
        return Interlocked.CompareExchange(ref _arguments, tokens, null) ?? tokens;
    }
}

/// <summary>
/// What the parser found for an instruction; handed to the node class of its kind. A struct: it only carries the
/// values into the node's constructor, and one garbage object per instruction is memory a fresh process has to fault in.
/// </summary>
internal readonly record struct InstructionParts(
    SyntaxToken Keyword,
    IReadOnlyList<InstructionFlag> Flags,
    ArgumentWords Arguments,
    InstructionForm Form,
    string ArgumentsText,
    TextRange ArgumentsRange,
    IReadOnlyList<Comment> Comments,
    IReadOnlyList<int> EmptyContinuationLines,
    IReadOnlyList<Heredoc> Heredocs,
    TextSpan Span,
    TextRange Range);
