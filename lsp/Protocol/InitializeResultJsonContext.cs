using System.Text.Json.Serialization;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// The initialize answer's wire form: serialization only, with the wire options as its generation options. The server
/// writes the answer as bytes serialized ahead (<see cref="Server.InitializeAnswer"/>, issue #10 cold start);
/// <c>InitializeAnswerTests</c> serializes <see cref="Handlers.LifecycleHandler.Answer"/> through this context and
/// checks that those bytes are still what it gives.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Serialization,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeResult))]
internal sealed partial class InitializeResultJsonContext : JsonSerializerContext
{
}
