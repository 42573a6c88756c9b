using System.Text.Json.Serialization;

namespace Containers.Engine.Api.Wire;

// GET /images/{name}/history: newest layer first.
internal sealed class ImageHistoryWire
{
    public string? Id { get; set; }
    public long Created { get; set; }
    public string? CreatedBy { get; set; }
    public List<string>? Tags { get; set; }
    public long Size { get; set; }
    public string? Comment { get; set; }
}

// POST /commit's answer.
internal sealed class IdResponseWire
{
    public string? Id { get; set; }
}

// POST /commit's body: the container config to change; empty keeps the container's.
internal sealed class CommitConfigWire
{
}

// GET /images/search (lower-case names).
internal sealed class ImageSearchWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }
    [JsonPropertyName("description")]
    public string? Description { get; set; }
    [JsonPropertyName("star_count")]
    public long StarCount { get; set; }
    [JsonPropertyName("is_official")]
    public bool IsOfficial { get; set; }
    [JsonPropertyName("is_automated")]
    public bool IsAutomated { get; set; }
}
