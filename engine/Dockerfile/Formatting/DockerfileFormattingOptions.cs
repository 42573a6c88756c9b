namespace Containers.Engine.Dockerfile.Formatting;

/// <summary>
/// How <see cref="DockerfileFormatter"/> indents, with dockerfile-utils' option names (LSP FormattingOptions plus
/// the language server's <c>docker.languageserver.formatter.ignoreMultilineInstructions</c> setting).
/// </summary>
public sealed record DockerfileFormattingOptions
{
    /// <summary>A tab for continuation lines, multi-line instructions formatted: dockerfile-utils' defaults.</summary>
    public static DockerfileFormattingOptions Default { get; } = new();

    /// <summary>True: indent continuation lines with <see cref="TabSize"/> spaces; false (default): with one tab.</summary>
    public bool InsertSpaces { get; init; }

    /// <summary>Spaces per indentation when <see cref="InsertSpaces"/> is true (default 4; values below 1 count as 1, so a re-indented line never loses the blank that separates it from the previous one).</summary>
    public int TabSize { get; init; } = 4;

    /// <summary>True: leave every line after the first of a multi-line instruction as it is.</summary>
    public bool IgnoreMultilineInstructions { get; init; }

    internal string Indentation => InsertSpaces ? new string(' ', Math.Max(1, TabSize)) : "\t";
}
