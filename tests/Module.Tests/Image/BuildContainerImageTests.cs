using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Containers.Tests;

namespace Containers.Module.Tests.Image;

/// <summary>Build-ContainerImage through a real runspace against the real engine (issue #5); checked with the docker CLI.</summary>
public sealed class BuildContainerImageTests : IDisposable
{
    private readonly TestObjects _objects = new();
    private readonly ContextTree _tree = new();
    private readonly Runspace _runspace;

    public BuildContainerImageTests()
    {
        InitialSessionState state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([RepoPaths.ModuleManifest]);
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    public void Dispose()
    {
        _runspace.Dispose();
        _objects.Dispose();
        _tree.Dispose();
    }

    // The first layer carries the run label, so the image, its intermediate layers and failed step containers are cleaned up.
    private string From => $"FROM {TestObjects.Image}\nLABEL {_objects.Label}\n";

    private sealed record Run(PSObject[] Output, ErrorRecord[] Errors, InformationRecord[] Information, ProgressRecord[] Progress, PowerShell Shell);

    private Run Invoke(string script, params object[] arguments)
    {
        PowerShell ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        foreach (object argument in arguments)
        {
            ps.AddArgument(argument);
        }
        PSObject[] output = [.. ps.Invoke()];
        return new Run(output, [.. ps.Streams.Error], [.. ps.Streams.Information], [.. ps.Streams.Progress], ps);
    }

    [Fact]
    public void WritesTheBuiltImageAsGetContainerImageDoesWithOutputInTheInformationStream()
    {
        _tree.File("Dockerfile", From + "ARG GREETING=unset\nRUN echo \"greeting=$GREETING\"\n");
        string first = _objects.Name("one") + ":v1", second = _objects.Name("two") + ":v2";
        Run run = Invoke("param($path, $t1, $t2) Build-ContainerImage $path -Tag $t1, $t2 -BuildArg @{ GREETING = 'hi' } -Label @{ purpose = 'module test' } -InformationVariable log; $log.Count",
            _tree.Root, first, second);

        Assert.Empty(run.Errors);
        ContainerImageInfo image = Assert.IsType<ContainerImageInfo>(run.Output[0].BaseObject);
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", first), image.Id);
        Assert.Equal(image.Id, DockerCli.Run("image", "inspect", "--format", "{{.Id}}", second));
        Assert.Equal([first, second], image.RepoTags.Order(StringComparer.Ordinal));
        Assert.Equal("module test", image.Labels["purpose"]);
        // The same object Get-ContainerImage gives.
        Assert.Equal(image.Id, Assert.IsType<ContainerImageInfo>(Invoke("Get-ContainerImage $args[0]", first).Output.Single().BaseObject).Id);

        InformationRecord[] build = [.. run.Information.Where(i => i.Tags.Contains("build"))];
        Assert.All(build, i => Assert.Contains("PSHOST", i.Tags));
        Assert.Contains(build, i => i.MessageData.ToString() == "greeting=hi");
        Assert.Contains(build, i => i.MessageData.ToString() == "Step 4/5 : RUN echo \"greeting=$GREETING\"");
        Assert.Equal(build.Length, Assert.IsType<int>(run.Output[1].BaseObject));

        ProgressRecord[] steps = [.. run.Progress.Where(p => p.StatusDescription.StartsWith("Step ", StringComparison.Ordinal))];
        Assert.Equal(["Step 1/5", "Step 2/5", "Step 3/5", "Step 4/5", "Step 5/5"], steps.Select(p => p.StatusDescription[..8]));
        Assert.Equal(ProgressRecordType.Completed, run.Progress[^1].RecordType);
        Assert.All(run.Progress, p => Assert.Equal(run.Progress[0].ActivityId, p.ActivityId));
    }

    [Fact]
    public void AFailingStepIsBuildFailedNamingTheStepAndTheProgressBarCompletes()
    {
        _tree.File("Dockerfile", From + "RUN false\n");
        Run run = Invoke("Build-ContainerImage $args[0]", _tree.Root);
        Assert.Empty(run.Output);
        ErrorRecord error = Assert.Single(run.Errors);
        Assert.Equal("BuildFailed,Containers.BuildContainerImageCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.StartsWith("Step 3/3 : RUN false", error.Exception.Message);
        Assert.Contains("returned a non-zero code: 1", error.Exception.Message);
        Assert.Equal(ProgressRecordType.Completed, run.Progress[^1].RecordType);
    }

    [Fact]
    public void AMissingContextIsPathNotFoundAndTheNextContextStillBuilds()
    {
        _tree.File("good/Dockerfile", From);
        Run run = Invoke("$args[0], $args[1] | Build-ContainerImage", _tree.PathOf("missing"), _tree.PathOf("good"));
        ErrorRecord error = Assert.Single(run.Errors);
        Assert.Equal("PathNotFound,Containers.BuildContainerImageCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        ContainerImageInfo image = Assert.IsType<ContainerImageInfo>(Assert.Single(run.Output).BaseObject);
        Assert.Equal(_objects.RunId, image.Labels[TestObjects.RunLabel]);
    }

    [Fact]
    public void PathsAreTakenFromThePowerShellLocationAndADirectoryPipesIn()
    {
        _tree.File("ctx/in.txt", "in").File("elsewhere/build.Dockerfile", From + "COPY . /ctx\n");
        Run run = Invoke("Set-Location $args[0]; Get-Item ctx | Build-ContainerImage -File elsewhere/build.Dockerfile", _tree.Root);
        Assert.Empty(run.Errors);
        ContainerImageInfo image = Assert.IsType<ContainerImageInfo>(Assert.Single(run.Output).BaseObject);
        Assert.Equal(["/ctx", "/ctx/in.txt"], DockerCli.Lines("run", "--rm", "--network", "none", image.Id, "find", "/ctx").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WhatIfBuildsNothing()
    {
        _tree.File("Dockerfile", From);
        string tag = _objects.Name("whatif") + ":1";
        Run run = Invoke("Build-ContainerImage $args[0] -Tag $args[1] -WhatIf", _tree.Root, tag);
        Assert.Empty(run.Errors);
        Assert.Empty(run.Output);
        Assert.Empty(DockerCli.Lines("images", "-q", tag));
    }

    [Fact]
    public async Task StoppingCancelsTheBuildAndItsStepContainer()
    {
        _tree.File("Dockerfile", From + "RUN echo started && sleep 60\n");
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddCommand("Build-ContainerImage").AddParameter("Path", _tree.Root).AddParameter("NoCache");
        var started = new ManualResetEventSlim();
        ps.Streams.Information.DataAdded += (_, e) =>
        {
            if (ps.Streams.Information[e.Index].MessageData.ToString() == "started")
            {
                started.Set();
            }
        };
        IAsyncResult running = ps.BeginInvoke();
        Assert.True(started.Wait(TimeSpan.FromSeconds(120)), "the step never started");
        // What Ctrl+C does: stop the pipeline; the build request is cancelled, and the daemon stops the step.
        Task stopping = Task.Factory.FromAsync(ps.BeginStop(null, null), ps.EndStop);
        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)));
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        string[] left = [];
        for (int i = 0; i < 100; i++)
        {
            left = DockerCli.Lines("ps", "-q", "--filter", "label=" + _objects.Label);
            if (left.Length == 0)
            {
                break;
            }
            await Task.Delay(200);
        }
        Assert.Empty(left);
    }
}
