namespace Containers.Engine.Api.Wire;

// X-Docker-Container-Path-Stat: base64 of this JSON (lower-case names, as the daemon writes them).
internal sealed class PathStatWire
{
    [System.Text.Json.Serialization.JsonPropertyName("name")] public string? Name { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("size")] public long Size { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("mode")] public uint Mode { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("mtime")] public string? Mtime { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("linkTarget")] public string? LinkTarget { get; set; }
}
