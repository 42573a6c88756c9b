namespace Containers.Module.Tests;

/// <summary>
/// Test classes that set DOCKER_CONFIG, DOCKER_CONTEXT or DOCKER_HOST for the test process (the hosted pwsh
/// shares its environment, and so does every docker CLI the other tests start). They run alone: in parallel,
/// another class's `docker run` went to a context that existed only in their temporary config.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
