using Containers.Engine.Connection;

namespace Containers.Tests;

/// <summary>
/// A private Podman service (Debian's podman, <c>podman system service</c> on a unix socket) with its own storage in a
/// temp folder, started and stopped by tools/podman-service.sh, with the test image loaded from the Docker engine
/// (issue #8). A class fixture: when Podman cannot be started the fixture throws and every test of the class FAILS.
/// </summary>
public sealed class PodmanService : IDisposable
{
    private readonly string _script = Path.Combine(RepoPaths.Root, "tools", "podman-service.sh");

    public PodmanService()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ct-podman-").FullName;
        Url = RunScript("start", Directory).Trim();
        if (!Url.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"tools/podman-service.sh printed no socket: '{Url}'");
        }
    }

    /// <summary>The service's state folder (containers.conf, storage, service.log).</summary>
    public string Directory { get; }

    /// <summary>unix:///…/podman.sock.</summary>
    public string Url { get; }

    public DockerEndpoint Endpoint => DockerEndpoint.Parse(Url);

    /// <summary>The image as Podman names it after loading it from the Docker engine.</summary>
    public const string Image = "containers-test/busybox:latest";

    /// <summary>Runs the docker CLI against the Podman socket (the oracle, as for dockerd).</summary>
    public string Cli(params string[] args) => DockerCli.Run(["--host", Url, .. args]);

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
        ToolProcess.Run(_script, TimeSpan.FromSeconds(600), ToolProcess.Failure("Podman", args[0]), args);
}
