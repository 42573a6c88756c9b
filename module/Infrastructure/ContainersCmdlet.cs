using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Infrastructure;

/// <summary>
/// Base of every cmdlet: owns <c>-Context</c>/<c>-DockerHost</c> and the engine, runs async work on the
/// pipeline thread, cancels it on Ctrl+C (StopProcessing) and turns engine exceptions into ErrorRecords.
/// </summary>
public abstract class ContainersCmdlet : PSCmdlet
{
    private CancellationTokenSource? _cancellation;
    private ResolvedEndpoint? _resolved;
    private FanOutRuntime? _fanOut;

    /// <summary>
    /// <para type="description">The Docker context to use, as <c>docker --context</c> does. Default: DOCKER_HOST,
    /// then DOCKER_CONTEXT, then the current context in the docker CLI's config.json, then the local socket.
    /// The listing cmdlets (Get-Container, Get-ContainerImage, Get-ContainerVolume, Get-ContainerNetwork, Get-ContainerEngine)
    /// take several: they query those engines in parallel and tag every object with its Context; an engine that cannot be
    /// reached is an error naming its context, and the others still answer.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContextNameCompleter))]
    public string[]? Context { get; set; }

    /// <summary>True for cmdlets that run against several contexts at once (-Context a,b,c): only those that only read.</summary>
    protected virtual bool SupportsMultipleContexts => false;

    /// <summary>
    /// <para type="description">The engine endpoint, as <c>docker --host</c>: unix:///var/run/docker.sock, tcp://host:2375, …
    /// Takes precedence over -Context and the environment. With DOCKER_TLS_VERIFY set, tcp:// uses TLS (port 2376 by default)
    /// with ca.pem, cert.pem and key.pem from DOCKER_CERT_PATH (default ~/.docker), as the docker CLI does.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DockerHost { get; set; }

    /// <summary>Cancelled when the user presses Ctrl+C.</summary>
    protected CancellationToken CancellationToken => _cancellation?.Token ?? CancellationToken.None;

    /// <summary>True under -WhatIf or $WhatIfPreference: cmdlets that act in bulk then list each item they would touch.</summary>
    protected bool IsWhatIf =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value)
            ? value is SwitchParameter { IsPresent: true }
            : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

    /// <summary>The endpoint the parameters and environment resolve to (in a fan-out, that of the context being queried).</summary>
    protected DockerEndpoint Endpoint => Resolved.Endpoint;

    /// <summary>The context the endpoint came from ("default" for DOCKER_HOST and the local socket); output objects carry it.</summary>
    protected string ContextName => Resolved.ContextName;

    private ResolvedEndpoint Resolved => FanOutRuntime.Current(_fanOut)?.State as ResolvedEndpoint ?? (_resolved ??= ResolveEndpoint());

    private bool IsFanOut => Context is { Length: > 1 };

    /// <inheritdoc />
    protected sealed override void BeginProcessing()
    {
        _cancellation = new CancellationTokenSource();
        if (IsFanOut && !SupportsMultipleContexts)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"{MyInvocation.MyCommand.Name} works on one engine at a time; give one -Context. The listing cmdlets (Get-Container, Get-ContainerImage, Get-ContainerVolume, Get-ContainerNetwork, Get-ContainerEngine) take several."),
                ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Context));
        }
        RunOnPipelineThread(BeginProcessingAsync);
    }

    /// <inheritdoc />
    protected sealed override void ProcessRecord() => RunOnPipelineThread(IsFanOut ? FanOutAsync : ProcessRecordAsync);

    /// <inheritdoc />
    protected sealed override void EndProcessing()
    {
        try
        {
            RunOnPipelineThread(EndProcessingAsync);
        }
        finally
        {
            _cancellation?.Dispose();
            _cancellation = null;
        }
    }

    /// <inheritdoc />
    protected sealed override void StopProcessing() => _cancellation?.Cancel();

    /// <summary>Runs once before the pipeline input.</summary>
    protected virtual Task BeginProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once per pipeline input (or once without input).</summary>
    protected virtual Task ProcessRecordAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once after the pipeline input.</summary>
    protected virtual Task EndProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The connected engine for this cmdlet's endpoint. An unreachable engine terminates the cmdlet:
    /// nothing else can proceed, and the message names the endpoint.</summary>
    protected async Task<EngineClient> GetEngineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EngineConnections.GetAsync(Endpoint, cancellationToken);
        }
        catch (EngineUnreachableException e)
        {
            ThrowTerminatingError(EngineErrors.ToErrorRecord(e, ErrorIds.EngineUnreachable, Endpoint.Url));
            throw; // not reached
        }
    }

    /// <summary>
    /// Reports why an exec or attach could not start in <paramref name="container"/>. The daemon's 409 there means the
    /// container is not running (or is paused), so that is ContainerNotRunning rather than a conflict; an unknown
    /// container is ContainerNotFound; an unreachable engine terminates.
    /// </summary>
    protected void WriteSessionStartError(EngineException exception, string container)
    {
        if (exception is EngineConflictException)
        {
            WriteError(new ErrorRecord(exception, ErrorIds.ContainerNotRunning, ErrorCategory.ResourceUnavailable, container));
            return;
        }
        WriteEngineError(exception, ErrorIds.ContainerNotFound, container);
    }

    /// <summary>Writes a non-terminating error for one item; an unreachable engine still terminates.</summary>
    protected void WriteEngineError(Exception exception, string notFoundId, object? target)
    {
        ErrorRecord record = EngineErrors.ToErrorRecord(exception, notFoundId, target);
        if (exception is EngineUnreachableException)
        {
            ThrowTerminatingError(record);
        }
        WriteError(record);
    }

    // -Context a,b,c: one branch per context, all started at once (the engines answer in parallel), their output handed
    // on in the order the contexts were given (STYLE.md: parallel work, ordered writes).
    private async Task FanOutAsync(CancellationToken cancellationToken)
    {
        string[] names = [.. Context!.Distinct(StringComparer.Ordinal)];
        var runtime = new FanOutRuntime(CommandRuntime, names.Length);
        CommandRuntime = runtime;
        _fanOut = runtime;
        try
        {
            var branches = new Task[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                branches[i] = RunBranchAsync(runtime, i, names[i], cancellationToken);
            }
            for (int i = 0; i < names.Length; i++)
            {
                await branches[i];
                runtime.Flush(i);
            }
        }
        finally
        {
            CommandRuntime = runtime.Inner;
            _fanOut = null;
        }
    }

    private async Task RunBranchAsync(FanOutRuntime runtime, int index, string context, CancellationToken cancellationToken)
    {
        ResolvedEndpoint? resolved = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(DockerHost))
            {
                throw new ArgumentException("Give either a Docker host or a context, not both (the docker CLI refuses --host with --context).");
            }
            resolved = EndpointResolver.Resolve(context, null);
            runtime.Enter(index, resolved);
            await ProcessRecordAsync(cancellationToken);
        }
        catch (FanOutRuntime.BranchFailedException e)
        {
            runtime.AddError(index, FanOutRuntime.NameContext(e.Record, context, resolved?.Endpoint.Url));
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException)
        {
            runtime.AddError(index, FanOutRuntime.NameContext(new ErrorRecord(e, ErrorIds.InvalidDockerHost, ErrorCategory.InvalidArgument, context), context, null));
        }
        catch (EngineException e)
        {
            runtime.AddError(index, FanOutRuntime.NameContext(EngineErrors.ToErrorRecord(e, ErrorIds.EngineError, context), context, resolved?.Endpoint.Url));
        }
    }

    private ResolvedEndpoint ResolveEndpoint()
    {
        try
        {
            return EndpointResolver.Resolve(Context?.FirstOrDefault(), DockerHost);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException)
        {
            ThrowTerminatingError(new ErrorRecord(e, ErrorIds.InvalidDockerHost, ErrorCategory.InvalidArgument, DockerHost ?? Context?.FirstOrDefault()));
            throw; // not reached
        }
    }

    private void RunOnPipelineThread(Func<CancellationToken, Task> work)
    {
        try
        {
            PipelineThread.Run(() => work(CancellationToken));
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: PowerShell is already stopping the pipeline.
            throw new PipelineStoppedException();
        }
    }
}
