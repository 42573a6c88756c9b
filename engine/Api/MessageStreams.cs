using System.Runtime.CompilerServices;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Reads the JSON message body of pull, push, load (and build): in-band errors throw, a cut connection is an engine error.</summary>
internal static class MessageStreams
{
    /// <summary>Yields the messages of <paramref name="response"/> and disposes it at the end.</summary>
    public static async IAsyncEnumerable<JsonMessage> ReadMessagesAsync(this EngineHttp http, HttpResponseMessage response, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (response)
        {
            Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                IAsyncEnumerator<JsonMessage> messages = JsonMessageReader.ReadAsync(body, cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using var scope = messages.ConfigureAwait(false);
                while (await NextAsync(http, messages, cancellationToken).ConfigureAwait(false))
                {
                    yield return messages.Current;
                }
            }
        }
    }

    // A connection cut mid-stream names the endpoint; it must never look like a finished pull.
    private static async Task<bool> NextAsync(EngineHttp http, IAsyncEnumerator<JsonMessage> messages, CancellationToken cancellationToken)
    {
        try
        {
            return await messages.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw Errors.EngineErrorMapper.FromTransport(http.Endpoint, e);
        }
    }
}
