namespace Containers.Engine.Api;

/// <summary>Container calls, one file per endpoint (<c>ContainersClient.List.cs</c>, …).</summary>
public sealed partial class ContainersClient
{
    private readonly EngineHttp _http;

    internal ContainersClient(EngineHttp http) => _http = http;
}
