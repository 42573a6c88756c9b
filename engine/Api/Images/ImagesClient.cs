namespace Containers.Engine.Api;

/// <summary>Image calls, one file per endpoint.</summary>
public sealed partial class ImagesClient
{
    private readonly EngineHttp _http;

    internal ImagesClient(EngineHttp http) => _http = http;
}
