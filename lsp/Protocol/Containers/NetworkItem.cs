namespace Containers.LanguageServer.Protocol;

/// <summary>One network (a row of <c>docker network ls</c>).</summary>
/// <param name="Id">Full id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Driver">bridge, host, overlay, macvlan, …</param>
/// <param name="Scope">local, swarm or global.</param>
/// <param name="Created">Creation time, UTC; null when the daemon does not say.</param>
/// <param name="Internal">True when it has no route outside (--internal).</param>
/// <param name="Predefined">bridge, host or none: the daemon's own, which cannot be removed.</param>
public sealed record NetworkItem(
    string Id,
    string Name,
    string Driver,
    string Scope,
    DateTimeOffset? Created,
    bool Internal,
    bool Predefined);
