using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Containers.Engine.Connection;

namespace Containers.Engine.Errors;

/// <summary>
/// The one place that turns HTTP statuses and transport failures into typed engine errors
/// (STYLE.md "Typed errors from one place").
/// </summary>
internal static class EngineErrorMapper
{
    /// <summary>The most of an error body we read: a daemon message is small; a proxy's HTML page need not be read whole.</summary>
    internal const int MaxErrorBodyBytes = 1024 * 1024;

    /// <summary>Reads the error body (JSON <c>message</c> first, else text) and returns the matching exception.</summary>
    public static async Task<EngineException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body = await ReadLimitedAsync(response, cancellationToken).ConfigureAwait(false);
        string message = ExtractMessage(body, response);
        return FromStatus((int)response.StatusCode, message);
    }

    /// <summary>
    /// As <see cref="FromResponseAsync(HttpResponseMessage, CancellationToken)"/>, for an engine that is Podman
    /// (<paramref name="podmanVersion"/> not null): a 404 for a route Podman does not have becomes
    /// <see cref="EngineNotSupportedException"/> naming <paramref name="operation"/>, not a "not found" for an object.
    /// </summary>
    public static async Task<EngineException> FromResponseAsync(HttpResponseMessage response, string operation, string? podmanVersion, CancellationToken cancellationToken)
    {
        string body = await ReadLimitedAsync(response, cancellationToken).ConfigureAwait(false);
        string message = ExtractMessage(body, response);
        if (podmanVersion is not null && IsMissingRoute((int)response.StatusCode, body, message))
        {
            return new EngineNotSupportedException(operation, $"Podman {podmanVersion}", message == "Not Found" ? null : message);
        }
        return FromStatus((int)response.StatusCode, message);
    }

    // Podman's router answers a route it lacks with a plain-text "Not Found" (no JSON, unlike "no such container"), and
    // a few Docker routes it knows but refuses with {"message":"Path /v1.41/plugins is not supported"}; 501 is explicit.
    private static bool IsMissingRoute(int status, string body, string message) =>
        status == 501
        || (status == 404 && !body.TrimStart().StartsWith('{') && body.Trim() is "Not Found" or "404 page not found")
        || (status == 404 && message.StartsWith("Path ", StringComparison.Ordinal) && message.EndsWith(" is not supported", StringComparison.Ordinal));

    /// <summary>Maps a status and the daemon's message to an exception type.</summary>
    public static EngineException FromStatus(int status, string message) => status switch
    {
        404 => new EngineNotFoundException(message),
        409 => new EngineConflictException(message),
        401 or 403 => new EngineAuthException(message),
        // Swarm calls on an engine that is no manager: the one error users must be able to tell apart (issue #8).
        _ when EngineNotSwarmManagerException.Matches(status, message) => new EngineNotSwarmManagerException(message),
        _ => new EngineApiException(status, message),
    };

    /// <summary>Turns a transport failure into <see cref="EngineUnreachableException"/> naming the endpoint.</summary>
    public static EngineUnreachableException FromTransport(DockerEndpoint endpoint, Exception exception)
    {
        if (endpoint.UseTls && RejectedByTheEngine(exception) is { } alert)
        {
            // Under TLS 1.3 the engine checks our client certificate after the handshake has completed on our side,
            // so its refusal arrives as an alert on the first read rather than as a handshake failure.
            string source = endpoint.Tls is { Source.Length: > 0 } tls ? $" ({tls.Source})" : "";
            string advice = endpoint.Tls?.CertFile is { } cert
                ? $"it does not accept the client certificate {cert}{source}"
                : $"it requires a client certificate and none was given{source}: give cert.pem and key.pem signed by the engine's CA";
            return new EngineTlsException(endpoint, TlsProblem.HandshakeFailed, $"the engine refused the TLS session ({alert}): {advice}.", exception);
        }
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case EngineUnreachableException unreachable:
                    return unreachable;
                case SocketException socket:
                    return new EngineUnreachableException(endpoint, FromSocketError(socket.SocketErrorCode), exception);
                case TimeoutException:
                    return new EngineUnreachableException(endpoint, UnreachableReason.Timeout, exception);
                case UnauthorizedAccessException:
                    return new EngineUnreachableException(endpoint, UnreachableReason.PermissionDenied, exception);
                case IOException when e.InnerException is null:
                    return new EngineUnreachableException(endpoint, UnreachableReason.ConnectionLost, exception);
            }
        }
        return new EngineUnreachableException(endpoint, UnreachableReason.Other, exception);
    }

    // OpenSSL and SChannel name the TLS alert the engine sent ("sslv3 alert bad certificate", "tlsv13 alert certificate required").
    private static string? RejectedByTheEngine(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            string message = e.Message;
            int alert = message.IndexOf("alert ", StringComparison.OrdinalIgnoreCase);
            if (alert >= 0 && message.Contains("certificate", StringComparison.OrdinalIgnoreCase))
            {
                int start = message.LastIndexOf(':', alert) + 1;
                return message[start..].Trim();
            }
        }
        return null;
    }

    internal static UnreachableReason FromSocketError(SocketError error) => error switch
    {
        // ENOENT on a unix socket path surfaces as AddressNotAvailable.
        SocketError.AddressNotAvailable => UnreachableReason.NoSocket,
        SocketError.AccessDenied => UnreachableReason.PermissionDenied,
        SocketError.ConnectionRefused => UnreachableReason.Refused,
        SocketError.TimedOut => UnreachableReason.Timeout,
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => UnreachableReason.UnknownHost,
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => UnreachableReason.ConnectionLost,
        _ => UnreachableReason.Other,
    };

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            byte[] buffer = new byte[MaxErrorBodyBytes];
            int total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
            return Encoding.UTF8.GetString(buffer, 0, total);
        }
    }

    internal static string ExtractMessage(string body, HttpResponseMessage response) =>
        ExtractMessage(body, (int)response.StatusCode, response.ReasonPhrase);

    /// <summary>The daemon's message from an error body read off a raw connection (hijacked requests).</summary>
    internal static string ExtractMessage(string body, int status, string? reasonPhrase = null)
    {
        string trimmed = body.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(trimmed);
                if (document.RootElement.TryGetProperty("message", out JsonElement message) && message.ValueKind == JsonValueKind.String)
                {
                    return message.GetString() ?? string.Empty;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the text.
            }
        }
        if (trimmed.Length > 0)
        {
            return trimmed;
        }
        return $"{status} {reasonPhrase ?? ((HttpStatusCode)status).ToString()}";
    }
}
