using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

/// <summary>Invoke-ContainerCommand (docker exec) against the real engine; docker exec is the oracle where output depends on the image.</summary>
public sealed class InvokeContainerCommandTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    // Exec needs no network; without one the tests do not depend on the daemon's bridge.
    private static readonly string[] NoNetwork = ["--network", "none"];

    public InvokeContainerCommandTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void PipelineInputIsStdinAndIsClosedAfterTheLastObject()
    {
        _objects.StartRunning("sort", NoNetwork);
        PowerShellSession.Result result = _ps.Run("'b', 'a', 'c' | Invoke-ContainerCommand $args[0] -Command sort", _objects.Name("sort"));
        Assert.Equal(["a", "b", "c"], result.AssertNoErrors().Objects<string>());
        // Objects that are not strings arrive as their text, one per line.
        PowerShellSession.Result numbers = _ps.Run("3, 1, 2 | Invoke-ContainerCommand $args[0] sort", _objects.Name("sort"));
        Assert.Equal(["1", "2", "3"], numbers.AssertNoErrors().Objects<string>());
    }

    [Fact]
    public void WithoutPipelineInputStdinIsEmpty()
    {
        _objects.StartRunning("cat", NoNetwork);
        // cat would wait forever for input that never comes if stdin were left open.
        PowerShellSession.Result result = _ps.Run("Invoke-ContainerCommand $args[0] cat; \"exit=$LASTEXITCODE\"", _objects.Name("cat"));
        Assert.Equal(["exit=0"], result.AssertNoErrors().Output.Select(o => o.ToString()));
    }

    [Fact]
    public void StdoutIsOutputStderrIsTaggedInformationAndTheExitCodeIsInLastExitCode()
    {
        _objects.StartRunning("streams", NoNetwork);
        PowerShellSession.Result result = _ps.Run("""
            $ErrorActionPreference = 'Stop'
            $out = Invoke-ContainerCommand $args[0] -InformationVariable info -- sh -c 'echo one; echo oops >&2; printf two; exit 3'
            $code = $LASTEXITCODE
            $out
            "exit=$code"
            $info | Where-Object Tags -contains 'stderr' | ForEach-Object { "stderr:$($_.MessageData)" }
            """, _objects.Name("streams"));
        Assert.Equal(["one", "two", "exit=3", "stderr:oops"], result.AssertNoErrors().Output.Select(o => o.ToString()));
    }

    [Fact]
    public void ATtyGivesOneStreamWithoutCarriageReturns()
    {
        _objects.StartRunning("tty", NoNetwork);
        PowerShellSession.Result result = _ps.Run("Invoke-ContainerCommand $args[0] -Tty -- sh -c 'echo a; echo b >&2; exit 2'; \"exit=$LASTEXITCODE\"", _objects.Name("tty"));
        Assert.Equal(["a", "b", "exit=2"], result.AssertNoErrors().Output.Select(o => o.ToString()));
    }

    [Fact]
    public void UserWorkingDirectoryAndEnvironmentMatchDockerExec()
    {
        string id = _objects.StartRunning("opts", NoNetwork);
        const string script = "id -u; pwd; echo $GREETING";
        string[] expected = DockerCli.Lines("exec", "-u", "1234", "-w", "/tmp", "-e", "GREETING=hello world", id, "sh", "-c", script);
        PowerShellSession.Result result = _ps.Run(
            "Invoke-ContainerCommand $args[0] -User 1234 -WorkingDirectory /tmp -Environment @{ GREETING = 'hello world' } -- sh -c $args[1]",
            _objects.Name("opts"), script);
        Assert.Equal(expected, result.AssertNoErrors().Objects<string>());
        Assert.Equal(["1234", "/tmp", "hello world"], expected);
    }

    [Fact]
    public void PrivilegedEndsAsDockerExecPrivilegedEnds()
    {
        // Whether the daemon may grant the capabilities depends on where it runs (inside a container it may not):
        // docker exec --privileged is the oracle for the exit code either way.
        string id = _objects.StartRunning("privileged", NoNetwork);
        int expected;
        try
        {
            DockerCli.Run("exec", "--privileged", id, "true");
            expected = 0;
        }
        catch (InvalidOperationException e) when (System.Text.RegularExpressions.Regex.Match(e.Message, @"exited (\d+)") is { Success: true } m)
        {
            expected = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        PowerShellSession.Result result = _ps.Run("$null = Invoke-ContainerCommand $args[0] -Privileged true; $LASTEXITCODE", _objects.Name("privileged"));
        Assert.Equal([expected], result.AssertNoErrors().Objects<int>());
    }

    [Fact]
    public void AnUnknownContainerIsObjectNotFound()
    {
        PowerShellSession.Result result = _ps.Run("Invoke-ContainerCommand $args[0] true", _objects.Name("missing"));
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotFound,Containers.InvokeContainerCommandCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Null(result.Terminating);
    }

    [Fact]
    public void AStoppedContainerIsNotRunning()
    {
        _objects.CreateOnly("stopped", NoNetwork);
        PowerShellSession.Result result = _ps.Run("Invoke-ContainerCommand $args[0] true", _objects.Name("stopped"));
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotRunning,Containers.InvokeContainerCommandCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
    }

    [Fact]
    public void WhatIfRunsNothing()
    {
        string id = _objects.StartRunning("whatif", NoNetwork);
        _ps.Run("Invoke-ContainerCommand $args[0] -WhatIf -- touch /tmp/ran", _objects.Name("whatif")).AssertNoErrors();
        Assert.Throws<InvalidOperationException>(() => DockerCli.Run("exec", id, "test", "-e", "/tmp/ran"));
    }

    // Without pipeline input the exec runs with blocking calls on the pipeline thread; with input (even none: @() |)
    // stdin is attached and the async path feeds it. Both must behave alike (issue #6, exec round trip).
    [Theory]
    [InlineData("")]
    [InlineData("@() | ")]
    public void BothPathsGiveTheLinesAndExitCodeOfDockerExec(string input)
    {
        string id = _objects.StartRunning("paths", NoNetwork);
        // Non-ASCII, both streams, and a last line without a line break on each.
        const string body = "echo 'grüße ✓'; echo err1 >&2; echo two; printf 'no newline'; printf 'err last' >&2";
        string[] expectedStdout = DockerCli.Lines("exec", id, "sh", "-c", "exec 2>/dev/null; " + body);
        string[] expectedStderr = DockerCli.Lines("exec", id, "sh", "-c", "exec 2>&1 1>/dev/null; " + body);
        PowerShellSession.Result result = _ps.Run(input + """
            Invoke-ContainerCommand $args[0] -InformationVariable info -- sh -c $args[1]
            "exit=$LASTEXITCODE"
            $info | Where-Object Tags -contains 'stderr' | ForEach-Object { "stderr:$($_.MessageData)" }
            """, _objects.Name("paths"), body + "; exit 5");
        Assert.Equal(["grüße ✓", "two", "no newline"], expectedStdout);
        Assert.Equal(["err1", "err last"], expectedStderr);
        Assert.Equal([.. expectedStdout, "exit=5", .. expectedStderr.Select(e => "stderr:" + e)], result.AssertNoErrors().Output.Select(o => o.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("@() | ")]
    public async Task StoppingThePipelineEndsAnExecPromptly(string input)
    {
        _objects.StartRunning("stop", NoNetwork);
        InitialSessionState state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([RepoPaths.ModuleManifest]);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(input + "Invoke-ContainerCommand $args[0] -- sh -c 'while true; do echo tick; sleep 0.1; done'").AddArgument(_objects.Name("stop"));
        var output = new PSDataCollection<PSObject>();
        var firstLine = new ManualResetEventSlim();
        output.DataAdded += (_, _) => firstLine.Set();
        IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
        Assert.True(firstLine.Wait(TimeSpan.FromSeconds(30)), "no output arrived");
        // What Ctrl+C does. Bounded so that a hang fails the test: the process in the container never ends by itself.
        Task stopping = Task.Factory.FromAsync(ps.BeginStop(null, null), ps.EndStop);
        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)));
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.Contains(output, o => o.ToString() == "tick");
    }

    // Over plain tcp through the proxy: without input this is the blocking path, with an upstream command the async one.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ACutConnectionMidExecIsATerminatingErrorWithinTwoSeconds(bool withInput)
    {
        _objects.StartRunning("cut", NoNetwork);
        using var proxy = new LoopbackProxy(EngineUnderTest.Endpoint.Address);
        InitialSessionState state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([RepoPaths.ModuleManifest]);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        if (withInput)
        {
            // An upstream command that writes nothing: the cmdlet expects input, so stdin is attached.
            ps.AddCommand("Write-Output").AddArgument(Array.Empty<object>());
        }
        ps.AddCommand("Invoke-ContainerCommand").AddParameter("Name", _objects.Name("cut")).AddParameter("DockerHost", proxy.Url)
            .AddParameter("Command", new[] { "sh", "-c", "while true; do echo tick; sleep 0.1; done" });
        var output = new PSDataCollection<PSObject>();
        var firstLine = new ManualResetEventSlim();
        output.DataAdded += (_, _) => firstLine.Set();
        IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
        Assert.True(firstLine.Wait(TimeSpan.FromSeconds(30)), "no output arrived");
        proxy.Cut();
        Task ended = Task.Factory.FromAsync(running, _ => { });
        Assert.Same(ended, await Task.WhenAny(ended, Task.Delay(TimeSpan.FromSeconds(2))));
        Assert.Equal(PSInvocationState.Failed, ps.InvocationStateInfo.State);
        var failure = Assert.IsAssignableFrom<IContainsErrorRecord>(ps.InvocationStateInfo.Reason);
        Assert.Equal("EngineUnreachable,Containers.InvokeContainerCommandCommand", failure.ErrorRecord.FullyQualifiedErrorId);
        Assert.Contains(proxy.Url, failure.ErrorRecord.Exception.Message, StringComparison.Ordinal);
        Assert.Contains(output, o => o.ToString() == "tick");
        if (!ps.InvocationStateInfo.State.Equals(PSInvocationState.Running))
        {
            return;
        }
        ps.Stop();
    }
}
