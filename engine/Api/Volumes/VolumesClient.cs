namespace Containers.Engine.Api;

/// <summary>Volume calls, one file per endpoint.</summary>
public sealed partial class VolumesClient
{
    private readonly EngineHttp _http;

    internal VolumesClient(EngineHttp http) => _http = http;
}
