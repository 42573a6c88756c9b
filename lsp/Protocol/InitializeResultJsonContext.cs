using System.Text.Json;
using System.Text.Json.Serialization;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// The initialize answer's own context, serialization only, with the wire options as its generation options: then
/// System.Text.Json takes the generated fast path (plain <c>Utf8JsonWriter</c> calls) instead of building property
/// metadata for the ~20 capability types at run time, which was 2 ms of the CPU time to the initialize response
/// (issue #10, bench/lsp/README.md "Start-up"). The answer leaves as a <see cref="JsonElement"/>.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Serialization,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeResult))]
internal sealed partial class InitializeResultJsonContext : JsonSerializerContext
{
}
