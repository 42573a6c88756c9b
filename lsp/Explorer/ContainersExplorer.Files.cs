using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Explorer;

/// <summary>Files the explorer reads: a volume's (through the engine) and the workspace's Dockerfiles (from disk, for lint).</summary>
public sealed partial class ContainersExplorer
{
    // The same .dockerignore an open editor of the file would read (CopyIgnoredFile).
    private readonly DockerIgnoreFiles _ignoreFiles = new();

    public Task<VolumeFileItem[]> ListVolumeFilesAsync(VolumeFilesParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(engine => VolumeFiles.ListAsync(engine, parameters.Volume, parameters.Path, cancellationToken), cancellationToken);
    }

    public Task<VolumeFileContent> ReadVolumeFileAsync(VolumeFilesParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(engine => VolumeFiles.ReadAsync(engine, parameters.Volume, parameters.Path, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The analysis <c>Test-Dockerfile</c> runs, with the editor's diagnostics settings (severities, ignored rules) so the
    /// Problems panel says the same as an open editor would. No engine involved: works without one.
    /// </summary>
    public Task<LintFileResult[]> LintFilesAsync(LintFilesParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _lifecycle.RequireRunning();
        return Task.Run(() => parameters.Uris.Select(uri => Lint(uri, cancellationToken)).ToArray(), cancellationToken);
    }

    private LintFileResult Lint(string uri, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string text;
        try
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) || !parsed.IsFile)
            {
                return new LintFileResult(uri, [], "not a file: URI");
            }
            text = File.ReadAllText(parsed.LocalPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LintFileResult(uri, [], e.Message);
        }
        DockerfileSnapshot snapshot = DockerfileSnapshot.Create(text, 0);
        var options = new DockerfileAnalyzerOptions { DockerIgnore = _ignoreFiles.For(uri) };
        return new LintFileResult(uri, [.. _settings.Diagnostics.Apply(snapshot.Syntax, snapshot.GetDiagnostics(options, cancellationToken)).Select(d => d.ToLsp())], null);
    }
}
