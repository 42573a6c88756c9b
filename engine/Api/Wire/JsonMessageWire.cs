using System.Text.Json;
using System.Text.Json.Serialization;

namespace Containers.Engine.Api.Wire;

// One message of a JSON message stream (pull, push, build, load, import): moby's api/types/jsonstream.Message.
// Lower-case names, unlike the rest of the API.
internal sealed class JsonMessageWire
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }
    [JsonPropertyName("id")]
    public string? Id { get; set; }
    [JsonPropertyName("from")]
    public string? From { get; set; }
    [JsonPropertyName("progress")]
    public string? Progress { get; set; }
    [JsonPropertyName("progressDetail")]
    public JsonProgressWire? ProgressDetail { get; set; }
    [JsonPropertyName("stream")]
    public string? Stream { get; set; }
    [JsonPropertyName("aux")]
    public JsonElement? Aux { get; set; }
    [JsonPropertyName("error")]
    public string? Error { get; set; }
    [JsonPropertyName("errorDetail")]
    public JsonErrorWire? ErrorDetail { get; set; }
    [JsonPropertyName("time")]
    public long? Time { get; set; }
    [JsonPropertyName("timeNano")]
    public long? TimeNano { get; set; }
}

internal sealed class JsonProgressWire
{
    [JsonPropertyName("current")]
    public long? Current { get; set; }
    [JsonPropertyName("total")]
    public long? Total { get; set; }
    [JsonPropertyName("units")]
    public string? Units { get; set; }
}

internal sealed class JsonErrorWire
{
    [JsonPropertyName("code")]
    public int? Code { get; set; }
    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
