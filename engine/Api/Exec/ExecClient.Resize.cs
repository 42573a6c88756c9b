namespace Containers.Engine.Api;

public sealed partial class ExecClient
{
    /// <summary>Resizes an exec's TTY (<c>POST /exec/{id}/resize</c>), as a terminal window change does. Sizes in character cells.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such exec instance.</exception>
    public async Task ResizeAsync(string execId, int rows, int columns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        var query = new Query().Add("h", rows).Add("w", columns);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, Path(execId, "resize"), query, null, cancellationToken).ConfigureAwait(false);
    }
}
