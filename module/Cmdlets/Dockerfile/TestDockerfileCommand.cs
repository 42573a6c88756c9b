using System.Management.Automation;
using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Checks Dockerfiles for errors and BuildKit build-check warnings, without Docker.</para>
/// <para type="description">Parses each Dockerfile with the module's own Dockerfile analyzer (the one the Containers
/// language server uses; no engine, no buildx, no network) and writes one object per problem: Severity, Rule, Code,
/// Line, Column, Message and Path. Lines and columns are 1-based. Rule is BuildKit's build-check name where BuildKit has
/// the check (e.g. NoEmptyContinuation), Code is dockerfile-utils' ValidationCode of the same check, if it has one.</para>
/// <para type="description">Files come from -Path (wildcards allowed), -LiteralPath or the pipeline (Get-ChildItem
/// output binds by its PSPath). A directory stands for the Dockerfiles in it (files named Dockerfile, *.Dockerfile,
/// Dockerfile.*, or the Containerfile equivalents); -Recurse searches its subdirectories too, skipping hidden ones.
/// Without a path, the current directory is searched. A path that does not exist is an ObjectNotFound error; the
/// other paths are still checked.</para>
/// <para type="description">The hadolint-style best-practice rules (FromUntaggedImage DL3006, FromLatestTag DL3007,
/// AptGetVersionPinning DL3008, AptListsNotDeleted DL3009, AddInsteadOfCopy DL3020, PipefailMissing DL4006, LastUserRoot
/// DL3002, CdInsteadOfWorkdir DL3003) are off by default: -IncludeRule turns them on by rule name or hadolint code,
/// wildcards allowed. -ExcludeRule turns any rule off. A name that matches no rule is an InvalidArgument error.</para>
/// <para type="description">-Quiet writes a single $true or $false at the end, for CI gates: $true when no file had
/// an error-severity problem and every path could be read; warnings do not make it $false.</para>
/// </summary>
/// <example>
///   <code>Test-Dockerfile ./Dockerfile</code>
///   <para>Lists the problems in one Dockerfile, grouped under its path.</para>
/// </example>
/// <example>
///   <code>Test-Dockerfile -Path src -Recurse | Where-Object Severity -eq Error</code>
///   <para>Finds every Dockerfile under src/ and shows only what would make the build fail.</para>
/// </example>
/// <example>
///   <code>if (-not (Test-Dockerfile -Recurse -Quiet)) { throw 'A Dockerfile has errors.' }</code>
///   <para>Fails a CI step when any Dockerfile below the current directory has an error.</para>
/// </example>
/// <example>
///   <code>Test-Dockerfile ./Dockerfile -IncludeRule DL3006, DL3007, PipefailMissing -ExcludeRule JSONArgsRecommended</code>
///   <para>Also checks untagged and :latest base images and pipes without pipefail; skips the JSON-form advice.</para>
/// </example>
/// <example>
///   <code>Get-ChildItem -Filter *.Dockerfile | Test-Dockerfile | ForEach-Object ToString</code>
///   <para>Checks the files piped in and prints each problem as path:line:column: severity Rule: message.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Test, "Dockerfile", DefaultParameterSetName = ByPath)]
[OutputType(typeof(DockerfileDiagnosticInfo), typeof(bool))]
public sealed class TestDockerfileCommand : DockerfileFilesCmdlet
{
    private bool _passed = true;
    private DockerfileAnalyzerOptions _options = DockerfileAnalyzerOptions.Default;

    /// <summary>
    /// <para type="description">Writes only one $true or $false, after every file: $true when no file had an error-severity problem and every path was found.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <summary>
    /// <para type="description">Best-practice rules to turn on, by rule name (FromLatestTag) or hadolint code (DL3007); wildcards allowed ('*' turns on all of them).</para>
    /// </summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] IncludeRule { get; set; } = [];

    /// <summary>
    /// <para type="description">Rules to turn off, by rule name (JSONArgsRecommended), hadolint code (DL3025) or wildcard.</para>
    /// </summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] ExcludeRule { get; set; } = [];

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        if (IncludeRule.Length == 0 && ExcludeRule.Length == 0)
        {
            return;
        }

        var include = Patterns(IncludeRule);
        var exclude = Patterns(ExcludeRule);
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (DockerfileRuleInfo rule in DockerfileAnalyzer.Rules)
        {
            if (Matches(exclude, rule))
            {
                severities[rule.Id] = null;
            }
            else if (!rule.IsEnabledByDefault && Matches(include, rule))
            {
                severities[rule.Id] = rule.DefaultSeverity;
            }
        }

        foreach (string name in IncludeRule.Concat(ExcludeRule))
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            if (!WildcardPattern.ContainsWildcardCharacters(name) && !DockerfileAnalyzer.Rules.Any(r => Matches([pattern], r)))
            {
                _passed = false;
                WriteError(new ErrorRecord(
                    new ArgumentException($"No Dockerfile rule is named '{name}'."), ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, name));
            }
        }

        _options = new DockerfileAnalyzerOptions { RuleSeverities = severities };
    }

    private static WildcardPattern[] Patterns(string[] names) =>
        [.. names.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase))];

    private static bool Matches(WildcardPattern[] patterns, DockerfileRuleInfo rule) =>
        patterns.Any(p => p.IsMatch(rule.Id) || rule.HadolintCodes.Any(p.IsMatch));

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ForEachDockerfile(Check);
    }

    /// <inheritdoc />
    protected override void WritePathError(ErrorRecord error)
    {
        _passed = false;
        base.WritePathError(error);
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (Quiet)
        {
            WriteObject(_passed);
        }
    }

    private void Check(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _passed = false;
            WriteError(new ErrorRecord(e, ErrorIds.DockerfileUnreadable, ErrorCategory.ReadError, file));
            return;
        }

        WriteVerbose($"Checking {file}");
        foreach (DockerfileDiagnostic diagnostic in DockerfileSnapshot.Create(text, 0).GetDiagnostics(_options, CancellationToken.None))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                _passed = false;
            }

            if (!Quiet)
            {
                WriteObject(new DockerfileDiagnosticInfo(file, diagnostic));
            }
        }
    }
}
