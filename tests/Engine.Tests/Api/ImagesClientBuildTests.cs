using Containers.Engine.Api;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>POST /build with the classic builder against the real daemon (issue #5); results checked through the docker CLI.</summary>
public sealed class ImagesClientBuildTests : IDisposable
{
    private readonly TestObjects _objects = new();
    private readonly ContextTree _tree = new();

    public void Dispose()
    {
        _objects.Dispose();
        _tree.Dispose();
    }

    // Every Dockerfile labels its first layer with the run label: images, intermediate images and the
    // containers of failed steps all carry it, so cleanup finds them.
    private string From => $"FROM {TestObjects.Image}\nLABEL {_objects.Label}\n";

    private static async Task<List<BuildEvent>> BuildAsync(EngineClient client, BuildImageOptions options, CancellationToken cancellationToken = default)
    {
        var events = new List<BuildEvent>();
        await foreach (BuildEvent e in client.Images.BuildAsync(options, cancellationToken))
        {
            events.Add(e);
        }
        return events;
    }

    [Fact]
    public async Task BuildsTagsAndLabelsAnImageAndReportsItsIdStepsAndOutput()
    {
        _tree.File("Dockerfile", From + "ARG GREETING=unset\nRUN echo \"greeting=$GREETING\"\nCOPY . /ctx\n").File("data.txt", "data");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string first = _objects.Name("one") + ":v1", second = _objects.Name("two") + ":latest";

        List<BuildEvent> events = await BuildAsync(client, new BuildImageOptions
        {
            ContextDirectory = _tree.Root,
            Tags = [first, second],
            BuildArgs = new Dictionary<string, string?> { ["GREETING"] = "hello" },
            Labels = new Dictionary<string, string> { ["purpose"] = "build test" },
        });

        BuildEvent built = events[^1];
        Assert.Equal(BuildEventKind.Built, built.Kind);
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", first), built.ImageId);
        Assert.Equal(built.ImageId, DockerCli.Run("image", "inspect", "--format", "{{.Id}}", second));
        Assert.Equal("build test", DockerCli.Run("image", "inspect", "--format", "{{index .Config.Labels \"purpose\"}}", first));
        Assert.Equal(["FROM " + TestObjects.Image, "LABEL " + _objects.Label, "ARG GREETING=unset", "RUN echo \"greeting=$GREETING\"", "COPY . /ctx", "LABEL purpose=build test"],
            events.Where(e => e.Kind == BuildEventKind.Step).Select(e => e.Text));
        // The classic builder applies the labels option as one more step.
        Assert.All(events.Where(e => e.Kind == BuildEventKind.Step), e => Assert.Equal(6, e.StepCount));
        Assert.Contains(events, e => e.Kind == BuildEventKind.Output && e.Text == "greeting=hello");
        Assert.Contains(events, e => e.Kind == BuildEventKind.Output && e.Text == "Step 4/6 : RUN echo \"greeting=$GREETING\"");
        BuildEvent sent = Assert.Single(events, e => e.Kind == BuildEventKind.ContextSent);
        Assert.True(sent.ContextBytes >= 3 * 512, $"context of {sent.ContextBytes} bytes");
        Assert.Equal("data", DockerCli.Run("run", "--rm", built.ImageId!, "cat", "/ctx/data.txt"));
    }

    [Fact]
    public async Task AFailingStepGivesAnErrorNamingTheStepAndTheDaemonsMessage()
    {
        _tree.File("Dockerfile", From + "RUN echo before\nRUN false\nRUN echo after\n");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var events = new List<BuildEvent>();
        EngineBuildException e = await Assert.ThrowsAsync<EngineBuildException>(async () =>
        {
            await foreach (BuildEvent item in client.Images.BuildAsync(new BuildImageOptions { ContextDirectory = _tree.Root }, CancellationToken.None))
            {
                events.Add(item);
            }
        });
        Assert.Equal(4, e.Step);
        Assert.Equal(5, e.StepCount);
        Assert.Equal("RUN false", e.Instruction);
        Assert.Contains("returned a non-zero code: 1", e.DaemonMessage);
        Assert.StartsWith("Step 4/5 : RUN false", e.Message);
        Assert.Contains(e.DaemonMessage, e.Message);
        Assert.Contains(events, x => x.Text == "before");
        Assert.DoesNotContain(events, x => x.Kind == BuildEventKind.Built);
    }

    [Fact]
    public async Task ADockerfileErrorBeforeTheFirstStepIsAnErrorWithoutAStep()
    {
        _tree.File("Dockerfile", "FROM " + TestObjects.Image + "\nNOSUCHINSTRUCTION x\n");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Exception e = await Record.ExceptionAsync(() => BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root }));
        // The daemon rejects an unparsable Dockerfile either with 400 or in the stream, depending on its version.
        Assert.True(e is EngineBuildException { Step: 0 } or EngineApiException { StatusCode: 400 }, e?.ToString());
        Assert.Contains("nosuchinstruction", e!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TargetBuildsTheNamedStageOnly()
    {
        _tree.File("Dockerfile", From.Replace("\nLABEL", " AS first\nLABEL", StringComparison.Ordinal) + "RUN echo first > /stage\n"
            + From.Replace("\nLABEL", " AS second\nLABEL", StringComparison.Ordinal) + "RUN echo second > /stage\n");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<BuildEvent> events = await BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root, Target = "first", NoCache = true });
        Assert.Equal("first", DockerCli.Run("run", "--rm", events[^1].ImageId!, "cat", "/stage"));
        Assert.DoesNotContain(events, e => e.Text == "RUN echo second > /stage");
    }

    [Fact]
    public async Task ADockerfileOutsideTheContextIsUsedAndNotCopied()
    {
        using var outside = new ContextTree();
        outside.File("build.Dockerfile", From + "COPY . /ctx\n");
        _tree.File("in.txt", "in");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<BuildEvent> events = await BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root, Dockerfile = outside.PathOf("build.Dockerfile") });
        string[] files = DockerCli.Lines("run", "--rm", events[^1].ImageId!, "find", "/ctx");
        Assert.Equal(["/ctx", "/ctx/in.txt"], files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ARelativeDockerfileIsTakenFromTheCurrentDirectoryAndAMissingOneFailsBeforeSending()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        FileNotFoundException e = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root, Dockerfile = "no-such-" + _objects.RunId }));
        Assert.Equal(Path.GetFullPath("no-such-" + _objects.RunId), e.FileName);
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.PathOf("missing") }));
    }

    [Fact]
    public async Task AMalformedIgnorePatternFailsBeforeSending()
    {
        _tree.File("Dockerfile", From).File(".dockerignore", "ok\n[unclosed\n");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        ArgumentException e = await Assert.ThrowsAsync<ArgumentException>(() => BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root }));
        Assert.Contains("[unclosed", e.Message);
    }

    [Fact]
    public async Task CancellingAbortsTheBuildAndItsStepContainer()
    {
        _tree.File("Dockerfile", From + "RUN echo started && sleep 60\n");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        using var cancellation = new CancellationTokenSource();
        var events = new List<BuildEvent>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (BuildEvent e in client.Images.BuildAsync(new BuildImageOptions { ContextDirectory = _tree.Root, NoCache = true }, cancellation.Token))
            {
                events.Add(e);
                if (e.Text == "started")
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Contains(events, e => e.Text == "started");
        // The daemon stops the step's container once the client is gone: wait for that, well under the 60 s sleep.
        string[] running = [];
        for (int i = 0; i < 100; i++)
        {
            running = DockerCli.Lines("ps", "-q", "--filter", "label=" + _objects.Label);
            if (running.Length == 0)
            {
                break;
            }
            await Task.Delay(200);
        }
        Assert.Empty(running);
    }

    [Fact]
    public async Task FromAnImageBehindRegistryAuthPullsWithTheLoginsOfTheCredentialStore()
    {
        using var registry = new TestRegistry();
        string reference = registry.TagTestImage("build-base");
        DockerCli.Run(registry.CliEnvironment(), "login", TestRegistry.Address, "-u", TestRegistry.User, "-p", TestRegistry.Password);
        DockerCli.Run(registry.CliEnvironment(), "push", reference);
        DockerCli.Run("rmi", reference);
        _tree.File("Dockerfile", $"FROM {reference}\nLABEL {_objects.Label}\n");
        using EngineClient client = await EngineUnderTest.ConnectAsync();

        // Without credentials the registry refuses the pull of step 1.
        EngineBuildException refused = await Assert.ThrowsAsync<EngineBuildException>(() => BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root }));
        Assert.Equal(1, refused.Step);
        Assert.IsType<EngineAuthException>(refused.InnerException);

        // With the logins the CLI stored (X-Registry-Config), it pulls and builds.
        IReadOnlyDictionary<string, RegistryAuth> logins = await new CredentialStore(registry.ConfigDirectory).GetAllAsync(CancellationToken.None);
        registry.Forget(reference);
        List<BuildEvent> events = await BuildAsync(client, new BuildImageOptions { ContextDirectory = _tree.Root, RegistryAuths = logins });
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", reference), DockerCli.Run("image", "inspect", "--format", "{{.Parent}}", events[^1].ImageId!));
    }
}
