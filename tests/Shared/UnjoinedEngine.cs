namespace Containers.Tests;

/// <summary>
/// A dockerd of its own, like <see cref="SwarmEngine"/>'s, that is in no swarm: for the tests that make an engine a
/// swarm manager and make it leave again, which must never happen to the shared default engine. A class fixture; when
/// the engine cannot be started every test of the class fails.
/// </summary>
public sealed class UnjoinedEngine : IDisposable
{
    /// <summary>The engine; its <see cref="SwarmEngine.UnixSocket"/> and <see cref="SwarmEngine.Cli"/> work as for a swarm.</summary>
    public SwarmEngine Engine { get; } = new(joined: false);

    public void Dispose() => Engine.Dispose();
}
