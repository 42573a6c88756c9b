using Containers.Engine.Dockerfile.Analysis;

namespace Containers;

/// <summary>
/// One problem Test-Dockerfile found in a Dockerfile. Lines and columns are 1-based, as editors show them
/// (the engine's are 0-based); columns count UTF-16 code units, so a character outside the BMP counts 2.
/// </summary>
public sealed class DockerfileDiagnosticInfo
{
    internal DockerfileDiagnosticInfo(string path, DockerfileDiagnostic diagnostic)
    {
        Path = path;
        Severity = diagnostic.Severity;
        Rule = diagnostic.RuleId;
        Code = diagnostic.DockerfileUtilsCode;
        Message = diagnostic.Message;
        Line = diagnostic.Range.Start.Line + 1;
        Column = diagnostic.Range.Start.Character + 1;
        EndLine = diagnostic.Range.End.Line + 1;
        EndColumn = diagnostic.Range.End.Character + 1;
    }

    /// <summary>The full path of the Dockerfile.</summary>
    public string Path { get; }

    /// <summary>Error (the builder rejects the file), Warning (a BuildKit build check or a likely mistake), Information or Hint.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The rule's stable name: BuildKit's build-check name where BuildKit has the rule (e.g. NoEmptyContinuation), otherwise ours.</summary>
    public string Rule { get; }

    /// <summary>dockerfile-utils' ValidationCode with the same meaning, to compare with that linter; null when it has none.</summary>
    public int? Code { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The 1-based line where the problem starts.</summary>
    public int Line { get; }

    /// <summary>The 1-based column where the problem starts.</summary>
    public int Column { get; }

    /// <summary>The 1-based line where the problem ends.</summary>
    public int EndLine { get; }

    /// <summary>The 1-based column just after the problem (equal to Column for an empty range).</summary>
    public int EndColumn { get; }

    /// <summary>"path:line:column: severity Rule: message", the shape compilers print and CI logs link.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Rule}: {Message}";
}
