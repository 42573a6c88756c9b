using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Builds an image from a Dockerfile and a context directory, like docker build.</para>
/// <para type="description">Sends the context directory to the engine and builds it with the classic builder, as
/// DOCKER_BUILDKIT=0 docker build does. The context honours .dockerignore exactly as the docker CLI does (Go glob
/// rules, ** across directories, ! exceptions, the last matching line wins; the Dockerfile and .dockerignore always
/// travel); it is streamed as a tar, never held in memory; symbolic links are sent as links, so nothing outside the
/// context comes in through them. A progress bar shows the upload and then "Step N/M"; the build output goes to the
/// information stream (tag 'build'), shown like Write-Host and capturable with -InformationVariable or 6>. The built
/// image is written to the pipeline, as Get-ContainerImage shows it. Registry logins stored by docker login
/// (config.json and its credential helpers) are passed along for FROM images, as docker build does. A failing step is an error that names the step
/// and carries the engine's message; Ctrl+C cancels the build.</para>
/// </summary>
/// <example>
///   <code>$ctx = New-Item -ItemType Directory -Force (Join-Path ([IO.Path]::GetTempPath()) example-build); Set-Content (Join-Path $ctx Dockerfile) "FROM containers-test/busybox:latest`nRUN echo built"; Build-ContainerImage $ctx -Tag example-build:1 -InformationVariable log | Select-Object Id, RepoTags; docker rmi example-build:1 | Out-Null; Remove-Item $ctx -Recurse</code>
///   <para>Builds a two-step Dockerfile in a new directory, keeps the build output in $log, and shows the image.</para>
/// </example>
/// <example>
///   <code>Build-ContainerImage ./app -File ./docker/app.Dockerfile -Tag myapp:1.2, myapp:latest -BuildArg @{ VERSION = '1.2' } -Label @{ team = 'web' }</code>
///   <para>Builds ./app with a Dockerfile kept elsewhere, under two tags, with a build argument and a label.</para>
/// </example>
/// <example>
///   <code>Build-ContainerImage . -Target test -NoCache 6>$null</code>
///   <para>Builds only the stage named test, without the cache, and hides the build output.</para>
/// </example>
[Cmdlet("Build", "ContainerImage", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerImageInfo))]
public sealed class BuildContainerImageCommand : ContainersCmdlet
{
    private const string OutputTag = "build";
    private const long ProgressEvery = 4 * 1024 * 1024;

    /// <summary>
    /// <para type="description">The context directory. Default: the current location.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = ".";

    /// <summary>
    /// <para type="description">The Dockerfile, relative to the current location (as docker build -f). Default: Dockerfile in
    /// the context. One outside the context is sent under a hidden name and is not copied by COPY.</para>
    /// </summary>
    [Parameter]
    [Alias("Dockerfile")]
    [ValidateNotNullOrEmpty]
    public string? File { get; set; }

    /// <summary>
    /// <para type="description">Names for the image, name:tag (several allowed).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Tag { get; set; }

    /// <summary>
    /// <para type="description">Build arguments (ARG): @{ NAME = 'value' }. A $null value leaves the Dockerfile's default.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? BuildArg { get; set; }

    /// <summary>
    /// <para type="description">The stage to build in a multi-stage Dockerfile. Default: the last.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Target { get; set; }

    /// <summary>
    /// <para type="description">Builds every step without the cache.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    /// <summary>
    /// <para type="description">Pulls newer versions of the FROM images first.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Pull { get; set; }

    /// <summary>
    /// <para type="description">Labels for the image: @{ key = 'value' }.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Label { get; set; }

    /// <summary>
    /// <para type="description">The platform to build for, os/arch[/variant] (linux/amd64). Default: the engine's.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Platform { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        string context = GetUnresolvedProviderPathFromPSPath(Path);
        string? dockerfile = File is null ? null : GetUnresolvedProviderPathFromPSPath(File);
        string names = Tag is { Length: > 0 } ? string.Join(", ", Tag) : "an untagged image";
        if (!ShouldProcess($"context '{context}'", $"Build {names}"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        var options = new BuildImageOptions
        {
            ContextDirectory = context,
            Dockerfile = dockerfile,
            Tags = Tag,
            BuildArgs = ToNullableStrings(BuildArg),
            Target = Target,
            NoCache = NoCache,
            Pull = Pull,
            Labels = HashtableParameters.ToStrings(Label),
            Platform = Platform,
            RegistryAuths = await GetLoginsAsync(cancellationToken),
        };
        string activity = $"Building image from {context}";
        int percent = -1;
        string? imageId = null;
        try
        {
            long lastReported = -ProgressEvery;
            await foreach (BuildEvent e in engine.Images.BuildAsync(options, cancellationToken))
            {
                switch (e.Kind)
                {
                    case BuildEventKind.ContextSending when e.ContextBytes - lastReported >= ProgressEvery:
                        lastReported = e.ContextBytes;
                        WriteProgress(new ProgressRecord(1, activity, $"Sending build context: {DisplayFormat.Size(e.ContextBytes)}"));
                        break;
                    case BuildEventKind.ContextSent:
                        WriteVerbose($"Sent a build context of {DisplayFormat.Size(e.ContextBytes)} from {context}.");
                        break;
                    case BuildEventKind.Step:
                        percent = Math.Clamp((e.Step - 1) * 100 / Math.Max(e.StepCount, 1), 0, 100);
                        WriteProgress(new ProgressRecord(1, activity, $"Step {e.Step}/{e.StepCount} : {e.Text}") { PercentComplete = percent });
                        break;
                    case BuildEventKind.Output:
                        WriteInformation(new HostInformationMessage { Message = e.Text ?? "" }, ["PSHOST", OutputTag]);
                        break;
                    case BuildEventKind.Built:
                        imageId = e.ImageId;
                        break;
                }
            }
        }
        catch (EngineBuildException e)
        {
            WriteError(BuildFailed(e, context));
            return;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, e is FileNotFoundException f ? f.FileName : context));
            return;
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.ImageNotFound, context);
            return;
        }
        finally
        {
            // A fresh record each time: the host may keep the ones it was given.
            CompleteProgress(new ProgressRecord(1, activity, "Done") { PercentComplete = percent, RecordType = ProgressRecordType.Completed });
        }
        await WriteImageAsync(engine, imageId!, cancellationToken);
    }

    // As docker build: every login of config.json and its helpers goes along (the daemon picks the one a FROM
    // needs); unreadable credentials mean anonymous pulls, not a failed build.
    private async Task<IReadOnlyDictionary<string, RegistryAuth>?> GetLoginsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await CredentialStore.FromEnvironment().GetAllAsync(cancellationToken);
        }
        catch (CredentialStoreException e)
        {
            WriteVerbose($"Building without registry logins: {e.Message}");
            return null;
        }
    }

    private async Task WriteImageAsync(EngineClient engine, string imageId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImageSummary> images = await engine.Images.ListAsync(new ListImagesOptions { All = true }, cancellationToken);
        if (images.FirstOrDefault(i => i.Id == imageId) is { } image)
        {
            WriteObject(new ContainerImageInfo(image, ContextName, Endpoint.Url));
        }
        else
        {
            // Removed between the build and the listing (another client): say so rather than write nothing silently.
            WriteError(EngineErrors.NotFound(ErrorIds.ImageNotFound, $"The image {imageId} was built but is no longer at {Endpoint.Url}.", imageId));
        }
    }

    // The category follows what the daemon's message is about: a FROM image that does not exist, registry
    // credentials, or (most often) a step that failed.
    private static ErrorRecord BuildFailed(EngineBuildException e, string context) => e.InnerException switch
    {
        EngineNotFoundException when e.Instruction?.StartsWith("FROM", StringComparison.OrdinalIgnoreCase) == true
            => new ErrorRecord(e, ErrorIds.ImageNotFound, ErrorCategory.ObjectNotFound, context),
        EngineAuthException => new ErrorRecord(e, ErrorIds.EngineAuthenticationFailed, ErrorCategory.PermissionDenied, context),
        _ => new ErrorRecord(e, ErrorIds.BuildFailed, ErrorCategory.InvalidResult, context),
    };

    private void CompleteProgress(ProgressRecord progress)
    {
        try
        {
            WriteProgress(progress);
        }
        catch (PipelineStoppedException)
        {
            // Ctrl+C: the host clears the bar of a stopped pipeline itself.
        }
    }

    private static Dictionary<string, string?>? ToNullableStrings(Hashtable? table)
    {
        if (table is null)
        {
            return null;
        }
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in table)
        {
            object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            result[System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] =
                value is null ? null : System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return result;
    }
}
