using System.Management.Automation;
using System.Text;
using Containers.Engine.Dockerfile.Formatting;
using Containers.Engine.Dockerfile.Syntax;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Formats the whitespace of Dockerfiles, in place or as a check.</para>
/// <para type="description">Applies the module's Dockerfile formatter (the one the Containers language server uses, compatible
/// with dockerfile-utils' format): leading blanks of instructions and comments are removed, blank-only lines are emptied, and
/// each further line of a continued instruction is indented by one tab (or -TabSize spaces with -InsertSpaces). Here-document
/// bodies are never touched, nor is any whitespace the builder would read differently (inside quotes, or joining two words),
/// so the formatted file builds exactly as before. Line endings, encoding and a byte-order mark are kept.</para>
/// <para type="description">Files come from -Path (wildcards allowed), -LiteralPath or the pipeline (Get-ChildItem output binds
/// by its PSPath); a directory stands for the Dockerfiles in it, -Recurse for those below it too (as Test-Dockerfile). Files are
/// rewritten in place, only when they change, each confirmed through -WhatIf/-Confirm. -PassThru writes a result per file
/// (Path, Changed, Written, ChangedLines).</para>
/// <para type="description">-Check writes nothing to disk and outputs a result for each file that would change, so a CI step can
/// fail when the output is not empty. -Text formats a string instead of files and outputs the formatted string.</para>
/// </summary>
/// <example>
///   <code>Format-Dockerfile ./Dockerfile</code>
///   <para>Formats one Dockerfile in place.</para>
/// </example>
/// <example>
///   <code>Format-Dockerfile -Recurse -InsertSpaces -TabSize 2 -WhatIf</code>
///   <para>Shows which Dockerfiles below the current directory would be rewritten with two-space indentation.</para>
/// </example>
/// <example>
///   <code>if (Format-Dockerfile -Path . -Recurse -Check) { throw 'Run Format-Dockerfile.' }</code>
///   <para>Fails a CI step when a Dockerfile is not formatted; each result names the file and the lines that would change.</para>
/// </example>
/// <example>
///   <code>Format-Dockerfile -Text "FROM alpine`n  RUN apk add \`n curl"</code>
///   <para>Returns the formatted text without touching any file.</para>
/// </example>
[Cmdlet(VerbsCommon.Format, "Dockerfile", DefaultParameterSetName = ByPath, SupportsShouldProcess = true)]
[OutputType(typeof(DockerfileFormatResult), typeof(string))]
public sealed class FormatDockerfileCommand : DockerfileFilesCmdlet
{
    private const string ByText = "Text";

    /// <summary>
    /// <para type="description">Dockerfile text to format; the formatted text is the output and no file is involved.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByText, Mandatory = true)]
    [AllowEmptyString]
    public string Text { get; set; } = string.Empty;

    /// <summary>
    /// <para type="description">Indents continuation lines with -TabSize spaces instead of one tab.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter InsertSpaces { get; set; }

    /// <summary>
    /// <para type="description">Spaces per indentation with -InsertSpaces (1 to 16; default 4).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 16)]
    public int TabSize { get; set; } = 4;

    /// <summary>
    /// <para type="description">Leaves every line after the first of a multi-line instruction as it is (dockerfile-utils' ignoreMultilineInstructions).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter IgnoreMultilineInstruction { get; set; }

    /// <summary>
    /// <para type="description">Changes no file; outputs a result for each file that is not formatted (nothing when all are).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByPath)]
    [Parameter(ParameterSetName = ByLiteralPath)]
    public SwitchParameter Check { get; set; }

    /// <summary>
    /// <para type="description">Outputs a result for every file processed (Path, Changed, Written, ChangedLines), formatted or not.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByPath)]
    [Parameter(ParameterSetName = ByLiteralPath)]
    public SwitchParameter PassThru { get; set; }

    private DockerfileFormattingOptions Options => new()
    {
        InsertSpaces = InsertSpaces,
        TabSize = TabSize,
        IgnoreMultilineInstructions = IgnoreMultilineInstruction,
    };

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByText)
        {
            WriteObject(DockerfileFormatter.Format(Text, Options));
            return;
        }

        ForEachDockerfile(FormatFile);
    }

    private void FormatFile(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.DockerfileUnreadable, ErrorCategory.ReadError, file));
            return;
        }

        // Keep the file as found: decoding without stripping the preamble keeps a byte-order mark as U+FEFF, which the
        // parser accepts and the formatter never edits, so it is written back.
        string text = new UTF8Encoding(false).GetString(bytes);
        DockerfileSyntax syntax = DockerfileParser.Parse(text);
        IReadOnlyList<DockerfileTextEdit> edits = DockerfileFormatter.FormatDocument(syntax, Options);
        int[] lines = [.. edits.Select(e => e.Range.Start.Line + 1).Distinct()];
        bool changed = edits.Count > 0;
        bool written = false;
        WriteVerbose($"{file}: {lines.Length} line(s) to format");
        if (changed && !Check && ShouldProcess($"Dockerfile '{file}' ({lines.Length} line(s))", "Format"))
        {
            try
            {
                File.WriteAllBytes(file, new UTF8Encoding(false).GetBytes(DockerfileFormatter.Apply(text, edits)));
                written = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(e, ErrorIds.DockerfileUnwritable, ErrorCategory.WriteError, file));
                return;
            }
        }

        if (PassThru || (Check && changed))
        {
            WriteObject(new DockerfileFormatResult(file, changed, written, lines));
        }
    }
}
