using System.Text.Json.Serialization;

namespace Containers.Engine.Api.Wire;

// One line of GET /events.
internal sealed class EventWire
{
    public string? Type { get; set; }
    public string? Action { get; set; }
    public EventActorWire? Actor { get; set; }
    [JsonPropertyName("scope")]
    public string? Scope { get; set; }
    [JsonPropertyName("time")]
    public long Time { get; set; }
    [JsonPropertyName("timeNano")]
    public long TimeNano { get; set; }
}

internal sealed class EventActorWire
{
    public string? ID { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
}
