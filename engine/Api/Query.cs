using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Containers.Engine.Api;

/// <summary>Builds an Engine API query string; values are escaped, nulls are left out.</summary>
internal sealed class Query
{
    private readonly StringBuilder _text = new();

    public Query Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public Query Add(string name, bool? value) => value is null ? this : Add(name, value.Value ? "1" : "0");

    public Query Add(string name, long? value) => value is null ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A point in time as the engine takes it for since/until: unix seconds with a fraction.</summary>
    public Query Add(string name, DateTimeOffset? value) =>
        value is null ? this : Add(name, (value.Value.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>Adds the <c>filters</c> parameter the Engine API expects: a JSON map of name to value list.</summary>
    public Query AddFilters(IReadOnlyDictionary<string, List<string>> filters)
    {
        if (filters.Count == 0)
        {
            return this;
        }
        string json = JsonSerializer.Serialize(filters, EngineJsonContext.Default.IReadOnlyDictionaryStringListString);
        return Add("filters", json);
    }

    public override string ToString() => _text.ToString();
}
