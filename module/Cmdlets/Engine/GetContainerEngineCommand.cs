using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the Docker engine's version and information, like docker version and docker info.</para>
/// <para type="description">Returns one object per engine with its release, the API version in use, the host's
/// resources and the container and image counts. Fails with one clear error naming the endpoint when the engine
/// cannot be reached.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerEngine | Select-Object Version, ApiVersion, OperatingSystem, ContainersRunning</code>
///   <para>Shows which engine answers and how busy it is.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerEngine")]
[OutputType(typeof(ContainerEngineInfo))]
public sealed class GetContainerEngineCommand : ContainersCmdlet
{
    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            Task<EngineVersion> version = engine.System.VersionAsync(cancellationToken);
            Task<EngineInfo> info = engine.System.InfoAsync(cancellationToken);
            await Task.WhenAll(version, info);
            WriteObject(new ContainerEngineInfo(await version, await info, engine.Ping, engine.ApiVersion, ContextName, Endpoint.Url));
        }
        catch (Engine.Errors.EngineException e)
        {
            WriteEngineError(e, ErrorIds.EngineError, Endpoint.Url);
        }
    }
}
