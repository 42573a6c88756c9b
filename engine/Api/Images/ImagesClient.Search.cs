using Containers.Engine.Api.Wire;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.SearchAsync"/>.</summary>
public sealed record SearchImagesOptions
{
    /// <summary>The most results; null: the daemon's default (25).</summary>
    public int? Limit { get; init; }

    /// <summary>Only results with at least this many stars; null: any.</summary>
    public int? MinimumStars { get; init; }

    /// <summary>True only official images, false only others; null: both.</summary>
    public bool? IsOfficial { get; init; }

    /// <summary>Credentials for the registry searched; null: anonymous.</summary>
    public RegistryAuth? Auth { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>
    /// Searches a registry (<c>GET /images/search</c>): Docker Hub, or the registry named in the term
    /// ("registry.example.com/app"). Registries without the search API (a plain distribution registry) make the
    /// daemon fail: that surfaces as the daemon's error.
    /// </summary>
    /// <exception cref="ArgumentException">The term is empty.</exception>
    /// <exception cref="RegistrySearchUnsupportedException">The registry has no search API.</exception>
    public async Task<IReadOnlyList<ImageSearchResult>> SearchAsync(string term, SearchImagesOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("stars", options.MinimumStars?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("is-official", options.IsOfficial is { } official ? (official ? "true" : "false") : null);
        var query = new Query().Add("term", term).Add("limit", options.Limit).AddFilters(filters);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendToRegistryAsync(HttpMethod.Get, "images/search", query, null, options.Auth, cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.EngineApiException e) when (e.StatusCode == 500 && e.Message.Contains("status code 404", StringComparison.Ordinal))
        {
            // Distribution (the reference registry, Harbor, GHCR…) has no v1 search endpoint: the daemon's probe got 404.
            throw new RegistrySearchUnsupportedException(RegistryNames.RegistryOf(term), e);
        }
        using HttpResponseMessage owned = response;
        List<ImageSearchWire> wire = await JsonRequests.ReadBodyAsync(_http, response, "images/search", EngineJsonContext.Default.ListImageSearchWire, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(w => new ImageSearchResult
        {
            Name = w.Name ?? "",
            Description = w.Description ?? "",
            StarCount = w.StarCount,
            IsOfficial = w.IsOfficial,
            IsAutomated = w.IsAutomated,
        });
    }
}
