using System.Runtime.CompilerServices;
using Containers.Engine.Errors;

namespace Containers.Engine.Streams;

/// <summary>
/// Reads a JSON message stream (the body of pull, push, build, load, import) as messages, and turns the error the
/// daemon reports in-band (HTTP 200, then <c>{"error":…,"errorDetail":…}</c>) into a typed engine exception, so a
/// failed pull can never look like a finished one.
/// </summary>
public static class JsonMessageReader
{
    /// <summary>
    /// Yields the messages of <paramref name="source"/> until it ends. An error message ends the enumeration with the
    /// exception <see cref="ToException"/> gives (the messages before it are yielded first).
    /// </summary>
    /// <exception cref="EngineException">The daemon reported an error in the stream, or the stream is not JSON.</exception>
    /// <exception cref="EndOfStreamException">The stream ended inside a message.</exception>
    public static async IAsyncEnumerable<JsonMessage> ReadAsync(Stream source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var decoder = new JsonMessageDecoder();
        byte[] buffer = new byte[16384];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            foreach (JsonMessage message in decoder.Push(buffer.AsSpan(0, read)))
            {
                if (message.IsError)
                {
                    throw ToException(message);
                }
                yield return message;
            }
        }
        decoder.Complete();
    }

    /// <summary>
    /// The typed exception for an in-band error: the code when the daemon gave one (an HTTP status), else the kind
    /// the registry's message names (authentication, not found), else <see cref="EngineApiException"/> with status 200.
    /// </summary>
    public static EngineException ToException(JsonMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string text = message.Error ?? "The engine reported an error without a message.";
        if (message.ErrorCode is >= 400 and < 600 and int code)
        {
            return EngineErrorMapper.FromStatus(code, text);
        }
        return Classify(text);
    }

    private static EngineException Classify(string text) => ClassifyRegistryError(text, null) ?? new EngineApiException(200, text);

    /// <summary>
    /// The typed exception a registry's error text names (authentication, not found), or null when it names neither.
    /// Registry errors reach clients as text only, in the stream or as HTTP 500 (distribution's error codes,
    /// flattened by the daemon): "unauthorized: authentication required", "denied: requested access to the resource
    /// is denied", "no basic auth credentials", "manifest unknown", "… not found".
    /// </summary>
    internal static EngineException? ClassifyRegistryError(string text, Exception? inner)
    {
        if (Contains(text, "unauthorized") || Contains(text, "authentication required") || Contains(text, "denied")
            || Contains(text, "incorrect username or password") || Contains(text, "no basic auth credentials"))
        {
            return new EngineAuthException(text, inner);
        }
        if (Contains(text, "manifest unknown") || Contains(text, "not found") || Contains(text, "does not exist") || Contains(text, "name unknown"))
        {
            return new EngineNotFoundException(text, inner);
        }
        return null;
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
