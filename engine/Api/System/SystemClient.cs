namespace Containers.Engine.Api;

/// <summary>Engine-wide calls (<c>/_ping</c>, <c>/version</c>, <c>/info</c>). One file per endpoint.</summary>
public sealed partial class SystemClient
{
    private readonly EngineHttp _http;

    internal SystemClient(EngineHttp http) => _http = http;
}
