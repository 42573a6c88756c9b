using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Streams;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Opens an interactive shell in a running container, like docker exec -it (or docker attach with -Attach).</para>
/// <para type="description">Starts the command (default /bin/sh) in the container with a terminal and connects it to
/// this console: the console is switched to raw mode, so every key, Ctrl+C included, goes to the container's process,
/// and the container's terminal follows this window's size. The session ends when the process exits (its exit code is
/// left in $LASTEXITCODE) or when you type the detach keys (default Ctrl+P then Ctrl+Q, as docker), which leaves the
/// process running. The console's settings are restored however the session ends: exit, detach, a cut connection
/// (a terminating error) or an exception. With -Attach it connects to the container's main process (PID 1) instead of
/// starting a new one, as docker attach does; give the container a TTY (New-Container -Tty -Interactive) for a shell
/// there. It needs a real terminal on Linux or macOS; in scripts, use Invoke-ContainerCommand.</para>
/// </summary>
/// <example>
///   <code>Enter-ContainerSession web</code>
///   <para>Opens /bin/sh in the container web; type exit to come back.</para>
/// </example>
/// <example>
///   <code>Enter-ContainerSession web -Command bash, -l -User root -WorkingDirectory /srv -Environment @{ TERM = 'xterm-256color' }</code>
///   <para>Opens a bash login shell as root in /srv with a chosen TERM.</para>
/// </example>
/// <example>
///   <code>Get-Container -Name web | Enter-ContainerSession -Attach -DetachKeys 'ctrl-a,d'</code>
///   <para>Attaches to the main process of web; Ctrl+A then d detaches and leaves it running.</para>
/// </example>
[Cmdlet(VerbsCommon.Enter, "ContainerSession", DefaultParameterSetName = ExecSet)]
public sealed class EnterContainerSessionCommand : ContainersCmdlet
{
    private const string ExecSet = "Exec";
    private const string AttachSet = "Attach";

    // How long the daemon gets to close the connection after the detach keys went by before we close it ourselves.
    private static readonly TimeSpan s_detachGrace = TimeSpan.FromSeconds(1);

    // How long after the output ends the exit code may take to be recorded (the daemon closes the stream first).
    private static readonly TimeSpan s_exitGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <para type="description">The name or id of the running container.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "Container")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The program to run and its arguments. Default: /bin/sh.</para>
    /// </summary>
    [Parameter(Position = 1, ParameterSetName = ExecSet)]
    [ValidateNotNullOrEmpty]
    public string[] Command { get; set; } = ["/bin/sh"];

    /// <summary>
    /// <para type="description">The user to run as: name, uid, or uid:gid. Default: the container's user.</para>
    /// </summary>
    [Parameter(ParameterSetName = ExecSet)]
    [ValidateNotNullOrEmpty]
    public string? User { get; set; }

    /// <summary>
    /// <para type="description">The working directory inside the container (absolute). Default: the container's.</para>
    /// </summary>
    [Parameter(ParameterSetName = ExecSet)]
    [ValidatePattern("^/")]
    public string? WorkingDirectory { get; set; }

    /// <summary>
    /// <para type="description">Extra environment variables, as a hashtable: @{ KEY = 'value' }.</para>
    /// </summary>
    [Parameter(ParameterSetName = ExecSet)]
    [Alias("Env")]
    public Hashtable? Environment { get; set; }

    /// <summary>
    /// <para type="description">Gives the process extended privileges.</para>
    /// </summary>
    [Parameter(ParameterSetName = ExecSet)]
    public SwitchParameter Privileged { get; set; }

    /// <summary>
    /// <para type="description">Connects to the container's main process (PID 1) instead of starting a new one, as docker attach does.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = AttachSet)]
    public SwitchParameter Attach { get; set; }

    /// <summary>
    /// <para type="description">The keys that detach from the session and leave the process running, in docker's notation: each a character or ctrl-X, comma-separated ('ctrl-a,d', or unquoted as a list: ctrl-a,d). Default: ctrl-p,ctrl-q.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[] DetachKeys { get; set; } = [Engine.Streams.DetachKeys.DefaultSequence];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        DetachKeys keys;
        try
        {
            keys = Engine.Streams.DetachKeys.Parse(string.Join(',', DetachKeys));
        }
        catch (FormatException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, string.Join(',', DetachKeys)));
            return;
        }
        if (!RawTerminal.IsAvailable)
        {
            ThrowTerminatingError(new ErrorRecord(
                OperatingSystem.IsWindows()
                    ? new PlatformNotSupportedException("Enter-ContainerSession needs a Linux or macOS terminal for now; use Invoke-ContainerCommand.")
                    : new InvalidOperationException("Enter-ContainerSession needs an interactive terminal (stdin and stdout are redirected); in scripts, use Invoke-ContainerCommand."),
                ErrorIds.TerminalRequired, OperatingSystem.IsWindows() ? ErrorCategory.NotImplemented : ErrorCategory.InvalidOperation, Name));
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IInteractiveSession session;
        try
        {
            session = await OpenAsync(engine, keys, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteSessionStartError(e, Name);
            return;
        }
        await using (session)
        {
            TerminalSession.Outcome outcome;
            using (RawTerminal.Enter())
            {
                outcome = await new TerminalSession(session, keys, s_detachGrace).RunAsync(cancellationToken);
            }
            // From here on the console is sane again: messages and errors print normally.
            if (outcome.Detached)
            {
                // The cursor is wherever the process left it, usually after its prompt.
                Host.UI.WriteLine();
                WriteInformation(new HostInformationMessage { Message = $"Detached from container '{Name}'; the process keeps running." }, ["PSHOST"]);
                return;
            }
            if (outcome.Failure is { } failure)
            {
                // A cut connection: the session is over and what the process did last is unknown.
                ThrowTerminatingError(EngineErrors.ToErrorRecord(failure, ErrorIds.ContainerNotFound, Name));
            }
            if (await ExitCodeAsync(engine, session, cancellationToken) is { } exitCode)
            {
                SessionState.PSVariable.Set("global:LASTEXITCODE", exitCode);
            }
        }
    }

    private async Task<IInteractiveSession> OpenAsync(EngineClient engine, DetachKeys keys, CancellationToken cancellationToken)
    {
        (int Rows, int Columns)? size = RawTerminal.WindowSize();
        if (Attach)
        {
            return await engine.Containers.AttachAsync(Name, new AttachOptions { DetachKeys = keys.Text }, cancellationToken);
        }
        CreateExecResult created = await engine.Exec.CreateAsync(Name, new CreateExecOptions
        {
            Command = Command,
            AttachStdin = true,
            Tty = true,
            ConsoleSize = size,
            DetachKeys = keys.Text,
            Environment = HashtableParameters.ToStrings(Environment),
            Privileged = Privileged,
            User = User,
            WorkingDirectory = WorkingDirectory,
        }, cancellationToken);
        return await engine.Exec.StartAsync(created.Id, new StartExecOptions { Tty = true, ConsoleSize = size }, cancellationToken);
    }

    // The process's exit code once the daemon has recorded it; null if it has not within the grace period.
    private static async Task<int?> ExitCodeAsync(EngineClient engine, IInteractiveSession session, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_exitGrace);
        try
        {
            return session switch
            {
                ExecSession exec => (await exec.WaitForExitAsync(timeout.Token)).ExitCode,
                ContainerAttachSession attach => (int)(await engine.Containers.WaitAsync(attach.ContainerId, WaitCondition.NotRunning, timeout.Token)).ExitCode,
                _ => null,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (EngineException)
        {
            // An auto-removed container is gone before we ask: there is no exit code to give.
            return null;
        }
    }
}
