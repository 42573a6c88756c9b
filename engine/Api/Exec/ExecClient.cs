namespace Containers.Engine.Api;

/// <summary>
/// Exec calls (docker exec), one file per endpoint: create a process in a running container, start it over a
/// hijacked connection (<see cref="ExecSession"/>), inspect it for its exit code, resize its TTY.
/// </summary>
public sealed partial class ExecClient
{
    private readonly EngineHttp _http;

    internal ExecClient(EngineHttp http) => _http = http;

    private static string Path(string execId, string action)
    {
        if (string.IsNullOrWhiteSpace(execId))
        {
            throw new ArgumentException("The exec id is empty.", nameof(execId));
        }
        return "exec/" + Uri.EscapeDataString(execId) + "/" + action;
    }
}
