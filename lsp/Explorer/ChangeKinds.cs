using Containers.Engine.Models;

namespace Containers.LanguageServer.Explorer;

/// <summary>The kinds a <c>containers/changed</c> notification names, and which engine events change what a tree shows.</summary>
public static class ChangeKinds
{
    public const string Containers = "containers";
    public const string Images = "images";
    public const string Volumes = "volumes";
    public const string Networks = "networks";
    public const string Contexts = "contexts";

    /// <summary>The connection itself changed (lost, back, another context): every tree reloads.</summary>
    public const string Engine = "engine";

    /// <summary>The event types worth a stream: the others (plugin, daemon, service, …) change nothing the explorer lists.</summary>
    public static readonly IReadOnlyList<string> EventTypes = ["container", "image", "volume", "network"];

    /// <summary>
    /// The kind <paramref name="engineEvent"/> changes, or null when no tree shows a difference: exec, attach,
    /// resize, top and copy events fire constantly for running containers, and volume mount/unmount or network
    /// connect/disconnect accompany every start and stop (the container events already cover those).
    /// </summary>
    public static string? Of(EngineEvent engineEvent)
    {
        ArgumentNullException.ThrowIfNull(engineEvent);
        string action = engineEvent.Action;
        return engineEvent.Type switch
        {
            "container" when action.StartsWith("exec_", StringComparison.Ordinal)
                || action is "attach" or "detach" or "resize" or "top" or "archive-path" or "extract-to-dir" or "export" or "commit" => null,
            "container" => Containers,
            "image" => Images,
            "volume" when action is "mount" or "unmount" => null,
            "volume" => Volumes,
            "network" when action is "connect" or "disconnect" => null,
            "network" => Networks,
            _ => null,
        };
    }
}
