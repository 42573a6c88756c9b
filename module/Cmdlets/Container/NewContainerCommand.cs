using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Creates a container without starting it, like docker create.</para>
/// <para type="description">Creates a container from a local image with ports, volumes, environment, limits and
/// health check given in PowerShell terms, and writes the new container. Invalid port, volume, mount, restart or
/// memory values are parameter errors: nothing is sent to the engine. Start it with Start-Container.</para>
/// </summary>
/// <example>
///   <code>New-Container nginx -Name web -Publish '8080:80' -Environment @{ TZ = 'UTC' } -Memory 512MB -RestartPolicy unless-stopped</code>
///   <para>Creates a web server container publishing port 80 on host port 8080.</para>
/// </example>
/// <example>
///   <code>New-Container busybox -Volume 'data:/data' -- sh -c 'echo hi > /data/greeting' | Start-Container</code>
///   <para>Creates a container with a named volume and starts it.</para>
/// </example>
/// <example>
///   <code>New-Container containers-test/busybox:latest -Name example-hello -- echo hello | Start-Container -PassThru | Wait-Container; Remove-Container example-hello -Confirm:$false</code>
///   <para>Creates a container, starts it, waits for it to exit (its ExitCode is 0) and removes it.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "Container", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerInfo))]
public sealed class NewContainerCommand : ContainerCreationCmdlet
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        CreateContainerOptions options = BuildOptions(attachOutput: false);
        if (!ShouldProcess(DescribeNew(), "Create"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            CreateContainerResult created = await engine.Containers.CreateAsync(options, cancellationToken);
            foreach (string warning in created.Warnings)
            {
                WriteWarning(warning);
            }
            var listed = await engine.Containers.ListAsync(new ListContainersOptions { All = true, Ids = [created.Id] }, cancellationToken);
            foreach (var container in listed.Where(c => c.Id == created.Id))
            {
                WriteObject(new ContainerInfo(container, ContextName, Endpoint.Url));
            }
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ImageNotFound, Name ?? Image);
        }
    }
}
