using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

public sealed class GetContainerLogTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public GetContainerLogTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    private string RunToEnd(string suffix, string script)
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name(suffix), "--label", _objects.Label, TestObjects.Image, "sh", "-c", script);
        DockerCli.Run("wait", id);
        return id;
    }

    [Fact]
    public void WritesRecordsWithTheirStreamAndConvertsToTheLine()
    {
        RunToEnd("log", "echo hello; echo broken >&2; echo bye");
        ContainerLogRecord[] records = _ps.Run("Get-ContainerLog $args[0]", _objects.Name("log")).AssertNoErrors().Objects<ContainerLogRecord>();
        Assert.Equal(["hello", "bye"], records.Where(r => r.Stream == "Stdout").Select(r => r.Line));
        Assert.Equal(["broken"], records.Where(r => r.Stream == "Stderr").Select(r => r.Line));
        Assert.All(records, r => Assert.Equal(_objects.Name("log"), r.Container));
        string[] matches = _ps.Run("Get-ContainerLog $args[0] | Select-String bye | ForEach-Object Line", _objects.Name("log")).Objects<string>();
        Assert.Equal(["bye"], matches);
        Assert.Equal(["broken"], _ps.Run("Get-ContainerLog $args[0] -Stream Stderr | ForEach-Object Line", _objects.Name("log")).Objects<string>());
    }

    [Fact]
    public void TimestampsAreRealDatesAndSinceFilters()
    {
        RunToEnd("ts", "echo early; sleep 2; echo late");
        ContainerLogRecord[] all = _ps.Run("Get-ContainerLog $args[0] -Timestamps", _objects.Name("ts")).AssertNoErrors().Objects<ContainerLogRecord>();
        Assert.Equal(2, all.Length);
        Assert.All(all, r => Assert.Equal(DateTimeKind.Local, r.Timestamp!.Value.Kind));
        Assert.True(all[1].Timestamp > all[0].Timestamp!.Value.AddSeconds(1));
        string[] late = _ps.Run("Get-ContainerLog $args[0] -Since $args[1] | ForEach-Object Line", _objects.Name("ts"), all[1].Timestamp!.Value.AddMilliseconds(-500)).AssertNoErrors().Objects<string>();
        Assert.Equal(["late"], late);
    }

    [Fact]
    public void AnUnknownContainerIsObjectNotFoundAndTheOthersStillCome()
    {
        RunToEnd("known", "echo present");
        PowerShellSession.Result result = _ps.Run("Get-ContainerLog $args[0], $args[1] | ForEach-Object Line", _objects.Name("unknown"), _objects.Name("known"));
        Assert.Equal(["present"], result.Objects<string>());
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotFound,Containers.GetContainerLogCommand", error.FullyQualifiedErrorId);
    }

    [Fact]
    public async Task StoppingAFollowEndsItPromptly()
    {
        DockerCli.Run("run", "-d", "--name", _objects.Name("endless"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", "while true; do echo tick; sleep 0.2; done");
        using var runspace = RunspaceFactory.CreateRunspace(CreateState());
        runspace.Open();
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Get-ContainerLog").AddParameter("Name", _objects.Name("endless")).AddParameter("Follow");
        var output = new PSDataCollection<PSObject>();
        var firstLine = new ManualResetEventSlim();
        output.DataAdded += (_, _) => firstLine.Set();
        IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
        Assert.True(firstLine.Wait(TimeSpan.FromSeconds(30)), "no log line arrived");
        // What Ctrl+C does: stop the pipeline. It must end rather than hang on the open stream.
        Task stopping = Task.Factory.FromAsync(ps.BeginStop(null, null), ps.EndStop);
        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)));
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.Contains(output, o => o.ToString() == "tick");
    }

    private static InitialSessionState CreateState()
    {
        InitialSessionState state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([RepoPaths.ModuleManifest]);
        return state;
    }
}
