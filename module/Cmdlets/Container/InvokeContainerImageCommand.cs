using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Streams;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Runs a command in a new container, like docker run.</para>
/// <para type="description">Creates and starts a container from a local image. By default it stays attached:
/// each line the container writes to stdout is pipeline output; each stderr line is shown on the host and written
/// to the information stream with the tag 'stderr' (capture it with -InformationVariable or 6&gt;&amp;1; it never
/// stops a script that runs with $ErrorActionPreference = 'Stop', since programs write progress there); the
/// container's exit code is left in $LASTEXITCODE. Ctrl+C sends SIGINT to the container and stops following. -Detach starts it and writes the
/// container object instead.</para>
/// </summary>
/// <example>
///   <code>Invoke-ContainerImage busybox -AutoRemove -- sh -c 'echo hello; exit 3'; $LASTEXITCODE</code>
///   <para>Prints hello and 3, and removes the container. After --, every word is the container's command, even ones that start with a dash.</para>
/// </example>
/// <example>
///   <code>Invoke-ContainerImage nginx -Name web -Publish '8080:80' -Detach</code>
///   <para>Starts a web server in the background and returns the container.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Invoke, "ContainerImage", SupportsShouldProcess = true)]
[OutputType(typeof(string), typeof(ContainerInfo))]
public sealed class InvokeContainerImageCommand : ContainerCreationCmdlet
{
    /// <summary>
    /// <para type="description">Starts the container in the background and writes it, instead of streaming its output.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Detach { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        CreateContainerOptions options = BuildOptions(attachOutput: !Detach);
        if (!ShouldProcess(DescribeNew(), "Run"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        string id;
        try
        {
            CreateContainerResult created = await engine.Containers.CreateAsync(options, cancellationToken);
            id = created.Id;
            foreach (string warning in created.Warnings)
            {
                WriteWarning(warning);
            }
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ImageNotFound, Name ?? Image);
            return;
        }
        try
        {
            if (Detach)
            {
                await engine.Containers.StartAsync(id, cancellationToken);
                var listed = await engine.Containers.ListAsync(new ListContainersOptions { All = true, Ids = [id] }, cancellationToken);
                foreach (var container in listed.Where(c => c.Id == id))
                {
                    WriteObject(new ContainerInfo(container, ContextName, Endpoint.Url));
                }
                return;
            }
            await RunAttachedAsync(engine, id, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, Name ?? id);
        }
    }

    private async Task RunAttachedAsync(EngineClient engine, string id, CancellationToken cancellationToken)
    {
        // Attach and ask for the exit before starting, so no output is missed and an auto-removed
        // container's exit code is still known.
        Task<ContainerExit> exit = engine.Containers.WaitAsync(id, AutoRemove ? WaitCondition.Removed : WaitCondition.NextExit, CancellationToken.None);
        Stream output = await engine.Containers.AttachOutputAsync(id, new AttachOutputOptions(), cancellationToken);
        await using (output)
        {
            await engine.Containers.StartAsync(id, cancellationToken);
            var stdout = new LineSplitter();
            var stderr = new LineSplitter();
            try
            {
                await foreach (OutputChunk chunk in MultiplexedStreamReader.ReadAsync(output, multiplexed: !Tty, cancellationToken))
                {
                    bool isError = chunk.Stream is StreamKind.Stderr or StreamKind.SystemError;
                    foreach (string line in (isError ? stderr : stdout).Push(chunk.Data.Span))
                    {
                        WriteLine(line, isError);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C: pass it on to the container, as docker run's signal proxy does.
                try
                {
                    await engine.Containers.KillAsync(id, "SIGINT", CancellationToken.None);
                }
                catch (EngineException)
                {
                    // It may have exited meanwhile.
                }
                throw;
            }
            FlushLine(stdout, isError: false);
            FlushLine(stderr, isError: true);
        }
        ContainerExit result = await exit;
        SessionState.PSVariable.Set("global:LASTEXITCODE", (int)result.ExitCode);
        if (result.Error is { Length: > 0 } error)
        {
            WriteError(new ErrorRecord(new InvalidOperationException(error), ErrorIds.EngineError, ErrorCategory.InvalidResult, id));
        }
    }

    private void FlushLine(LineSplitter splitter, bool isError)
    {
        if (splitter.Flush() is { } last)
        {
            WriteLine(last, isError);
        }
    }

    private void WriteLine(string line, bool isError)
    {
        if (isError)
        {
            // Shown like Write-Host (the PSHOST tag) and separable by the stderr tag; not an error record,
            // because programs write progress to stderr and that must not stop a script.
            WriteInformation(new HostInformationMessage { Message = line }, ["PSHOST", "stderr"]);
        }
        else
        {
            WriteObject(line);
        }
    }
}
