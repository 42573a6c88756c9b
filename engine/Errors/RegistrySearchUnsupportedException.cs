namespace Containers.Engine.Errors;

/// <summary>
/// The registry has no search API: only Docker Hub (and registries mimicking its v1 search) answer
/// <c>docker search</c>; the reference registry (distribution) and most private ones do not.
/// </summary>
public sealed class RegistrySearchUnsupportedException : EngineException
{
    /// <summary>Creates the exception for <paramref name="registry"/>; <paramref name="innerException"/> keeps the daemon's answer.</summary>
    public RegistrySearchUnsupportedException(string registry, Exception? innerException = null)
        : base($"The registry '{registry}' does not offer search (only Docker Hub and registries with its v1 search API do). Browse the registry's catalog or web interface instead.", innerException)
    {
        Registry = registry;
    }

    /// <summary>The registry searched.</summary>
    public string Registry { get; }
}
