using System.Collections;
using System.Management.Automation;
using System.Text;
using System.Threading.Channels;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Runs a command in a running container, like docker exec.</para>
/// <para type="description">Runs the command (not through a shell: pass sh -c '…' for one) in the container and
/// streams it like a native command: each line the process writes to stdout is pipeline output (a string); each
/// stderr line is shown on the host and written to the information stream with the tag 'stderr', so it can be
/// captured apart with -InformationVariable or 6&gt;&amp;1 and never stops a script that runs with
/// $ErrorActionPreference = 'Stop'. The exit code is left in $LASTEXITCODE, as for native commands and
/// Invoke-ContainerImage. Pipeline input becomes the process's stdin, one line per object, and stdin is closed after
/// the last one, so 'b','a' | Invoke-ContainerCommand c1 sort works; without pipeline input stdin is empty.
/// With -Tty the process gets a terminal: its output is a single stream (stderr arrives as output) with CRLF line
/// ends removed. Ctrl+C stops reading; the process keeps running in the container, as with docker exec.</para>
/// </summary>
/// <example>
///   <code>Invoke-ContainerCommand web cat /etc/os-release</code>
///   <para>Prints a file from the container web.</para>
/// </example>
/// <example>
///   <code>'b', 'a' | Invoke-ContainerCommand web sort</code>
///   <para>Sends two lines to sort's stdin, closes it, and outputs a and b.</para>
/// </example>
/// <example>
///   <code>Invoke-ContainerCommand web -Command sh, -c, 'ls /missing; exit 3' -InformationVariable err; $LASTEXITCODE; $err</code>
///   <para>Runs a shell command, keeps its stderr lines in $err and shows its exit code, 3.</para>
/// </example>
/// <example>
///   <code>Invoke-ContainerCommand web -User 1000 -WorkingDirectory /srv -Environment @{ MODE = 'debug' } -- ./check.sh --verbose</code>
///   <para>Runs a script as user 1000 in /srv with an extra variable. After --, every word is the command, even ones that start with a dash.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Invoke, "ContainerCommand", SupportsShouldProcess = true)]
[OutputType(typeof(string))]
public sealed class InvokeContainerCommandCommand : ContainersCmdlet, IDisposable
{
    private ExecSession? _session;
    private EngineClient? _blockingEngine;
    private BlockingExec? _blocking;
    private Task<ExecDetails>? _pump;
    private Channel<(string Line, bool IsError)>? _output;
    private bool _acceptsInput;

    /// <summary>
    /// <para type="description">The name or id of the running container.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("Id", "Container")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The program and its arguments. Everything after the container on the command line; after --, words that start with a dash too.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromRemainingArguments = true)]
    [ValidateNotNullOrEmpty]
    public string[] Command { get; set; } = [];

    /// <summary>
    /// <para type="description">What to write to the process's stdin, one line per object (strings as they are, other objects converted to text). Usually comes from the pipeline.</para>
    /// </summary>
    [Parameter(ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyString]
    public object? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The user to run as: name, uid, or uid:gid. Default: the container's user.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? User { get; set; }

    /// <summary>
    /// <para type="description">The working directory inside the container (absolute). Default: the container's.</para>
    /// </summary>
    [Parameter]
    [ValidatePattern("^/")]
    public string? WorkingDirectory { get; set; }

    /// <summary>
    /// <para type="description">Extra environment variables, as a hashtable: @{ KEY = 'value' }.</para>
    /// </summary>
    [Parameter]
    [Alias("Env")]
    public Hashtable? Environment { get; set; }

    /// <summary>
    /// <para type="description">Gives the process extended privileges.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Privileged { get; set; }

    /// <summary>
    /// <para type="description">Gives the process a terminal. Output is then one stream (stderr arrives as output) and programs may behave as if interactive.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Tty { get; set; }

    /// <inheritdoc />
    protected override async Task BeginProcessingAsync(CancellationToken cancellationToken)
    {
        if (!ShouldProcess($"container '{Name}'", $"Run '{string.Join(' ', Command)}'"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        _acceptsInput = MyInvocation.ExpectingInput || MyInvocation.BoundParameters.ContainsKey(nameof(InputObject));
        if (!_acceptsInput && engine.Exec.CanRunBlocking)
        {
            // The common case, no stdin to feed: the whole exec runs on the pipeline thread in EndProcessing.
            _blockingEngine = engine;
            return;
        }
        try
        {
            _session = await StartSessionAsync(engine, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteSessionStartError(e, Name);
            return;
        }
        _output = Channel.CreateUnbounded<(string, bool)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        ExecSession session = _session;
        ChannelWriter<(string, bool)> writer = _output.Writer;
        // Output is read off the pipeline thread the whole time, so a process that writes while we still feed its
        // stdin never blocks on a full pipe; lines are handed to the pipeline thread through the channel.
        _pump = Task.Run(() => PumpAsync(session, writer, cancellationToken), CancellationToken.None);
    }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (_session is null || !_acceptsInput)
        {
            return;
        }
        if (InputObject is not null)
        {
            string text = InputObject is PSObject { BaseObject: string s } ? s : LanguagePrimitives.ConvertTo<string>(InputObject);
            await _session.WriteInputAsync(Encoding.UTF8.GetBytes(text + "\n"), cancellationToken);
        }
        // Output that is already there goes out now, not only after the last input.
        while (_output!.Reader.TryRead(out (string Line, bool IsError) item))
        {
            WriteLine(item.Line, item.IsError);
        }
    }

    /// <inheritdoc />
    protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        if (_blockingEngine is not null)
        {
            RunBlocking(_blockingEngine, cancellationToken);
            return;
        }
        if (_session is null)
        {
            return;
        }
        await _session.CloseInputAsync();
        try
        {
            await foreach ((string line, bool isError) in _output!.Reader.ReadAllAsync(cancellationToken))
            {
                WriteLine(line, isError);
            }
            ExecDetails exit = await _pump!;
            SessionState.PSVariable.Set("global:LASTEXITCODE", exit.ExitCode ?? -1);
        }
        catch (EngineException e)
        {
            // A cut connection (EngineUnreachableException) terminates: the output may be incomplete.
            WriteEngineError(e, ErrorIds.ContainerNotFound, Name);
        }
    }

    /// <summary>Disconnects when the pipeline ends or is stopped; the process itself is not killed.</summary>
    public void Dispose()
    {
        _blocking?.Dispose();
        _blocking = null;
        if (_session is not null)
        {
#pragma warning disable VSTHRD002 // Disposing a socket completes synchronously.
            _session.DisposeAsync().AsTask().GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
            _session = null;
        }
    }

    // Without stdin to feed, nothing needs to run concurrently with reading: create, the hijacked start (on the same
    // connection), the read to the end and the exit-code inspect are blocking calls made by the pipeline thread, which
    // writes each line as it is decoded. No thread pool, no channel, no epoll thread: a short exec then costs what the
    // daemon costs (issue #6, bench/streams). Ctrl+C cancels the token, which closes the connection and ends a blocked
    // read at once.
    private void RunBlocking(EngineClient engine, CancellationToken cancellationToken)
    {
        BlockingExec exec;
        try
        {
            // Kept in a field too, so that Dispose closes it if the pipeline is stopped.
            exec = _blocking = engine.Exec.RunBlocking(Name, CreateOptions(), cancellationToken);
        }
        catch (EngineException e)
        {
            WriteSessionStartError(e, Name);
            return;
        }
        try
        {
            var lines = new List<ExecOutputLine>(64);
            while (exec.Read(lines))
            {
                foreach (ExecOutputLine line in lines)
                {
                    WriteLine(line.Text, line.Stream == StreamKind.Stderr);
                }
                lines.Clear();
            }
            ExecDetails exit = exec.WaitForExit();
            SessionState.PSVariable.Set("global:LASTEXITCODE", exit.ExitCode ?? -1);
        }
        catch (EngineException e)
        {
            // A cut connection (EngineUnreachableException) terminates: the output may be incomplete.
            WriteEngineError(e, ErrorIds.ContainerNotFound, Name);
        }
        finally
        {
            exec.Dispose();
            _blocking = null;
        }
    }

    private static async Task<ExecDetails> PumpAsync(ExecSession session, ChannelWriter<(string, bool)> writer, CancellationToken cancellationToken)
    {
        var splitter = new ExecLineSplitter();
        var lines = new List<ExecOutputLine>();
        try
        {
            await foreach (OutputChunk chunk in session.ReadOutputAsync(cancellationToken).ConfigureAwait(false))
            {
                lines.Clear();
                splitter.Push(chunk.Stream, chunk.Data.Span, lines);
                WriteAll(writer, lines);
            }
            lines.Clear();
            splitter.Finish(lines);
            WriteAll(writer, lines);
            // The exit code is asked for here, off the pipeline thread, before the output is declared complete: one hop
            // back to the pipeline thread fewer per invocation (issue #6, exec round trip).
            ExecDetails exit = await session.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            writer.TryComplete();
            return exit;
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
    }

    private static void WriteAll(ChannelWriter<(string, bool)> writer, List<ExecOutputLine> lines)
    {
        foreach (ExecOutputLine line in lines)
        {
            writer.TryWrite((line.Text, line.Stream == StreamKind.Stderr));
        }
    }

    // Create, start and (without pipeline input) half-close in one chain off the pipeline thread: each await of the
    // cmdlet's own would come back to the pipeline thread, a thread hop per call that a loaded machine makes cost
    // milliseconds (issue #6, exec round trip).
    private async Task<ExecSession> StartSessionAsync(EngineClient engine, CancellationToken cancellationToken) =>
        await StartAsync(engine, Name, CreateOptions(), closeInput: !_acceptsInput, cancellationToken);

    private static async Task<ExecSession> StartAsync(EngineClient engine, string container, CreateExecOptions create, bool closeInput, CancellationToken cancellationToken)
    {
        CreateExecResult created = await engine.Exec.CreateAsync(container, create, cancellationToken).ConfigureAwait(false);
        ExecSession session = await engine.Exec.StartAsync(created.Id, new StartExecOptions { Tty = create.Tty }, cancellationToken).ConfigureAwait(false);
        if (closeInput)
        {
            await session.CloseInputAsync().ConfigureAwait(false);
        }
        return session;
    }

    private CreateExecOptions CreateOptions() => new()
    {
        Command = Command,
        AttachStdin = _acceptsInput,
        Tty = Tty,
        Environment = HashtableParameters.ToStrings(Environment),
        Privileged = Privileged,
        User = User,
        WorkingDirectory = WorkingDirectory,
    };

    private void WriteLine(string line, bool isError)
    {
        if (isError)
        {
            // As Invoke-ContainerImage: shown like Write-Host (PSHOST), separable by the stderr tag, never an error record.
            WriteInformation(new HostInformationMessage { Message = line }, ["PSHOST", "stderr"]);
        }
        else
        {
            WriteObject(line);
        }
    }
}
