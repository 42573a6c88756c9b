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
/// <para type="description">BuildKit's CopyIgnoredFile check needs the build context: a COPY or ADD source that the
/// context's .dockerignore excludes is reported, as docker build warns about it. Each Dockerfile is taken to be built
/// with its own directory as the context (docker build . beside it), unless -ContextPath names the context directory. The
/// rules come from &lt;Dockerfile name&gt;.dockerignore beside the Dockerfile if there is one (BuildKit prefers it),
/// else from .dockerignore at the root of the context. Without either file nothing is reported; a .dockerignore that
/// cannot be read or has a malformed pattern is a warning, and the check is skipped for that file.</para>
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
///   <code>Test-Dockerfile ./docker/app.Dockerfile -ContextPath .</code>
///   <para>Checks a Dockerfile built with the current directory as its context (docker build -f docker/app.Dockerfile .): COPY sources are checked against ./.dockerignore, or docker/app.Dockerfile.dockerignore if it exists.</para>
/// </example>
/// <example>
///   <code>Get-ChildItem -Filter *.Dockerfile | Test-Dockerfile | ForEach-Object ToString</code>
///   <para>Checks the files piped in and prints each problem as path:line:column: severity Rule: message.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Test, "Dockerfile", DefaultParameterSetName = ByPath)]
[OutputType(typeof(DockerfileDiagnosticInfo), typeof(bool))]
public sealed class TestDockerfileCommand : DockerfileFilesCmdlet
{
    private readonly Dictionary<string, DockerIgnoreRules?> _ignoreFiles = new(StringComparer.Ordinal);
    private bool _passed = true;
    private DockerfileAnalyzerOptions _options = DockerfileAnalyzerOptions.Default;
    private string? _context;

    /// <summary>
    /// <para type="description">The build context directory the Dockerfiles are built with (the path given to docker build), for the CopyIgnoredFile check against its .dockerignore. Default: each Dockerfile's own directory.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContextPath { get; set; }

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
        if (ContextPath is not null)
        {
            _context = GetUnresolvedProviderPathFromPSPath(ContextPath);
            if (!Directory.Exists(_context))
            {
                // Every file would be checked against the wrong context: nothing can proceed.
                ThrowTerminatingError(new ErrorRecord(
                    new ItemNotFoundException($"The build context directory '{ContextPath}' does not exist."), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, ContextPath));
            }
        }

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
        var options = DockerIgnoreFor(file) is { } ignore ? _options with { DockerIgnore = ignore } : _options;
        foreach (DockerfileDiagnostic diagnostic in DockerfileSnapshot.Create(text, 0).GetDiagnostics(options, CancellationToken.None))
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

    /// <summary>
    /// The .dockerignore rules <paramref name="dockerfile"/> is built with: &lt;name&gt;.dockerignore beside it (BuildKit
    /// prefers it), else .dockerignore at the context root (-ContextPath, or the Dockerfile's directory); null when neither
    /// exists or the file is unusable (a warning then). Each file is read once per command.
    /// </summary>
    private DockerIgnoreRules? DockerIgnoreFor(string dockerfile)
    {
        if (DockerIgnoreRules.FileFor(dockerfile, _context ?? System.IO.Path.GetDirectoryName(dockerfile) ?? ".") is not { } path)
        {
            return null;
        }

        if (_ignoreFiles.TryGetValue(path, out DockerIgnoreRules? known))
        {
            return known;
        }

        DockerIgnoreRules? rules = null;
        try
        {
            rules = DockerIgnoreRules.Parse(File.ReadAllText(path));
            WriteVerbose($"Using {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            WriteWarning($"{path}: {e.Message} CopyIgnoredFile is not checked against it.");
        }

        _ignoreFiles[path] = rules;
        return rules;
    }
}
