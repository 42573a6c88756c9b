using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// Serves the explorer's requests: each one is a single engine call mapped to protocol items. No Docker wire
/// logic here: the engine's clients do that. A failed engine call answers with a <see cref="ContainersErrorCodes"/>
/// error and never affects the Dockerfile features.
/// </summary>
public sealed partial class ContainersExplorer : IContainersExplorer
{
    private readonly EngineSession _session;
    private readonly EngineChangeWatcher _watcher;
    private readonly LifecycleHandler _lifecycle;
    private readonly ServerSettings _settings;
    private readonly Func<string, object, Task> _notify;

    // notify sends a notification (method, params); every params type must be in ContainersJsonContext.
    public ContainersExplorer(EngineSession session, EngineChangeWatcher watcher, LifecycleHandler lifecycle, ServerSettings settings, Func<string, object, Task> notify)
    {
        _session = session;
        _watcher = watcher;
        _lifecycle = lifecycle;
        _settings = settings;
        _notify = notify;
    }

    /// <summary>Started by the first contexts listing, so the Contexts tree follows the CLI's context store.</summary>
    public ContextStoreWatcher? ContextWatcher { get; init; }

    public Task<ContainerItem[]> ListContainersAsync(JsonElement parameters, CancellationToken cancellationToken) =>
        CallAsync(async engine => (await engine.Containers.ListAsync(new ListContainersOptions { All = true }, cancellationToken).ConfigureAwait(false))
            .Select(ExplorerItems.From).ToArray(), cancellationToken);

    public Task<ImageItem[]> ListImagesAsync(JsonElement parameters, CancellationToken cancellationToken) =>
        CallAsync(async engine => (await engine.Images.ListAsync(new ListImagesOptions(), cancellationToken).ConfigureAwait(false))
            .Select(ExplorerItems.From).ToArray(), cancellationToken);

    public Task<VolumeItem[]> ListVolumesAsync(JsonElement parameters, CancellationToken cancellationToken) =>
        CallAsync(async engine => (await engine.Volumes.ListAsync(new ListVolumesOptions(), cancellationToken).ConfigureAwait(false))
            .Select(ExplorerItems.From).ToArray(), cancellationToken);

    public Task<NetworkItem[]> ListNetworksAsync(JsonElement parameters, CancellationToken cancellationToken) =>
        CallAsync(async engine => (await engine.Networks.ListAsync(new ListNetworksOptions(), cancellationToken).ConfigureAwait(false))
            .Select(ExplorerItems.From).ToArray(), cancellationToken);

    public Task<ContextItem[]> ListContextsAsync(JsonElement parameters, CancellationToken cancellationToken)
    {
        _lifecycle.RequireRunning();
        ContextWatcher?.EnsureStarted();
        try
        {
            // The store is files, not the engine: contexts list even when no engine answers.
            string current = _session.Resolve().ContextName;
            string defaultHost = EndpointResolver.Resolve(DockerContext.DefaultName).Endpoint.Url;
            var items = new List<ContextItem> { new(DockerContext.DefaultName, "Current DOCKER_HOST based configuration", defaultHost, current == DockerContext.DefaultName) };
            items.AddRange(ContextStore.FromEnvironment().List().Select(c => new ContextItem(c.Name, c.Description, c.Host, c.Name == current)));
            return Task.FromResult(items.ToArray());
        }
        catch (Exception e) when (EngineRpcErrors.IsExpected(e))
        {
            throw EngineRpcErrors.ToRpc(e);
        }
    }

    public Task ContainerActionAsync(ContainerActionParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(async engine =>
        {
            Task call = parameters.Action switch
            {
                "start" => engine.Containers.StartAsync(parameters.Id, cancellationToken),
                "stop" => engine.Containers.StopAsync(parameters.Id, new StopContainerOptions(), cancellationToken),
                "restart" => engine.Containers.RestartAsync(parameters.Id, new StopContainerOptions(), cancellationToken),
                _ => throw InvalidParams($"unknown container action '{parameters.Action}' (start, stop, restart)"),
            };
            await call.ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task RemoveAsync(ObjectParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(async engine =>
        {
            Task call = parameters.Kind switch
            {
                "container" => engine.Containers.RemoveAsync(parameters.Id, new RemoveContainerOptions { Force = parameters.Force }, cancellationToken),
                "image" => engine.Images.RemoveAsync(parameters.Id, new RemoveImageOptions { Force = parameters.Force }, cancellationToken),
                "volume" => engine.Volumes.RemoveAsync(parameters.Id, new RemoveVolumeOptions(), cancellationToken),
                "network" => engine.Networks.RemoveAsync(parameters.Id, cancellationToken),
                _ => throw UnknownKind(parameters.Kind),
            };
            await call.ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<InspectResult> InspectAsync(ObjectParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(async engine => new InspectResult(await (parameters.Kind switch
        {
            "container" => engine.Containers.InspectJsonAsync(parameters.Id, cancellationToken),
            "image" => engine.Images.InspectJsonAsync(parameters.Id, cancellationToken),
            "volume" => engine.Volumes.InspectJsonAsync(parameters.Id, cancellationToken),
            "network" => engine.Networks.InspectJsonAsync(parameters.Id, cancellationToken),
            _ => throw UnknownKind(parameters.Kind),
        }).ConfigureAwait(false)), cancellationToken);
    }

    public Task<BuildImageResult> BuildImageAsync(BuildImageParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return CallAsync(engine => ImageBuilds.BuildAsync(engine, parameters, progress => _notify(ContainersRequests.BuildProgress, progress), cancellationToken), cancellationToken);
    }

    public Task UseContextAsync(UseContextParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _lifecycle.RequireRunning();
        try
        {
            _session.UseContext(parameters.Name);
        }
        catch (Exception e) when (EngineRpcErrors.IsExpected(e))
        {
            throw EngineRpcErrors.ToRpc(e);
        }
        _watcher.EnsureStarted();
        return Task.CompletedTask;
    }

    // One engine call: lifecycle check, the shared connection, the watcher started, errors as RPC errors; a
    // connection that stopped answering is dropped so the next request reconnects.
    private async Task<T> CallAsync<T>(Func<EngineClient, Task<T>> call, CancellationToken cancellationToken)
    {
        _lifecycle.RequireRunning();
        _watcher.EnsureStarted();
        EngineClient? engine = null;
        try
        {
            engine = await _session.GetAsync(cancellationToken).ConfigureAwait(false);
            return await call(engine).ConfigureAwait(false);
        }
        catch (EngineUnreachableException e)
        {
            if (engine is not null)
            {
                _session.Invalidate(engine);
            }
            throw EngineRpcErrors.ToRpc(e);
        }
        catch (Exception e) when (EngineRpcErrors.IsExpected(e))
        {
            throw EngineRpcErrors.ToRpc(e);
        }
    }

    private static LocalRpcException UnknownKind(string kind) =>
        InvalidParams($"unknown object kind '{kind}' (container, image, volume, network)");

    private static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
}
