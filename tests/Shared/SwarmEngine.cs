using System.Diagnostics;
using Containers.Engine.Connection;

namespace Containers.Tests;

/// <summary>
/// A throwaway single-node swarm (issue #8): a dockerd of its own in its own network namespace, `swarm init`ed, with the
/// test image loaded, started and stopped by tools/swarm-engine.sh. The shared default engine is never made a swarm
/// node. A test class fixture: when the swarm cannot be started the fixture throws and every test of the class FAILS,
/// never skips.
/// </summary>
public sealed class SwarmEngine : IDisposable
{
    private readonly string _script = Path.Combine(RepoPaths.Root, "tools", "swarm-engine.sh");

    public SwarmEngine()
        : this(joined: true)
    {
    }

    /// <summary>With <paramref name="joined"/> false, a standalone engine of the same kind that is in no swarm yet
    /// (for the tests that make one and leave it); see <see cref="UnjoinedEngine"/>.</summary>
    internal SwarmEngine(bool joined)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ct-swarm-").FullName;
        try
        {
            UnixSocket = (joined ? RunScript("start", Directory) : RunScript("start", Directory, "--no-init")).Trim();
        }
        catch
        {
            System.IO.Directory.Delete(Directory, recursive: true);
            throw;
        }
        if (!UnixSocket.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"tools/swarm-engine.sh printed no socket: '{UnixSocket}'");
        }
    }

    /// <summary>The fixture's folder (dockerd.log).</summary>
    public string Directory { get; }

    /// <summary>unix:///tmp/cs-…/docker.sock: the swarm manager's socket.</summary>
    public string UnixSocket { get; }

    public DockerEndpoint Endpoint => DockerEndpoint.Parse(UnixSocket);

    /// <summary>Runs the docker CLI against the swarm manager (the oracle).</summary>
    public string Cli(params string[] args) => DockerCli.Run(["--host", UnixSocket, .. args]);

    public string[] CliLines(params string[] args) => DockerCli.Lines(["--host", UnixSocket, .. args]);

    /// <summary>Removes the services carrying <paramref name="label"/> (a test's run label).</summary>
    public void RemoveServices(string label)
    {
        try
        {
            string[] ids = CliLines("service", "ls", "-q", "--filter", "label=" + label);
            if (ids.Length > 0)
            {
                Cli(["service", "rm", .. ids]);
            }
        }
        catch (InvalidOperationException)
        {
            // Best effort; the whole engine goes at the end of the class.
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="seconds"/> pass; returns whether it held.</summary>
    public static bool WaitFor(Func<bool> condition, int seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (condition())
            {
                return true;
            }
            Thread.Sleep(250);
        }
        return condition();
    }

    public void Dispose()
    {
        try
        {
            RunScript("stop", Directory);
        }
        finally
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private string RunScript(params string[] args) =>
        ToolProcess.Run(_script, TimeSpan.FromSeconds(180), ToolProcess.Failure("The swarm engine", args[0]), args);
}
