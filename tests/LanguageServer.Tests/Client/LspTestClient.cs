using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Containers.LanguageServer.Tests.Client;

/// <summary>
/// A small LSP client for tests: starts the server process, frames JSON-RPC messages with
/// Content-Length headers, matches responses to requests, queues notifications, and keeps a trace of
/// all traffic and the server's stderr for failure messages. Its reader is strict: anything on stdout
/// that is not a well-formed LSP message fails the test (stdout must carry protocol only).
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    /// <summary>How long any single wait may take before the test fails (a guard, never an assertion on speed).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _pendingByString = new(StringComparer.Ordinal);
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _trace = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private readonly Task _stderrReader;
    private int _nextId;

    private LspTestClient(Process process)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoopAsync);
        _stderrReader = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(line);
                }
            }
        });
    }

    /// <summary>Everything sent and received so far, and the server's stderr.</summary>
    public string Trace
    {
        get
        {
            lock (_trace)
            {
                lock (_stderr)
                {
                    return $"{_trace}\n--- server stderr ---\n{_stderr}";
                }
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The server's process id, to read its memory from /proc.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Why the reader stopped, if it found something on stdout that is not protocol.</summary>
    public Exception? ProtocolViolation { get; private set; }

    public static LspTestClient Start(string executable, params string[] arguments) =>
        StartWithEnvironment(executable, new Dictionary<string, string>(), arguments);

    /// <summary>Starts the server with <paramref name="environment"/> added to the test's own environment.</summary>
    public static LspTestClient StartWithEnvironment(string executable, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {executable}");
        return new LspTestClient(process);
    }

    public async Task<JsonObject> RequestAsync(string method, object? parameters)
    {
        var (id, response) = await StartRequestAsync(method, parameters);
        return await WaitAsync(response, $"the response to {method} (id {id})");
    }

    /// <summary>Sends a request and returns its id and the pending response (to cancel it, or to send more first).</summary>
    public async Task<(int Id, Task<JsonObject> Response)> StartRequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) });
        return (id, WaitAsync(response.Task, $"the response to {method} (id {id})"));
    }

    /// <summary>Sends <paramref name="body"/> as one framed message, exactly as given (for malformed-message tests).</summary>
    public async Task SendRawAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        lock (_trace)
        {
            _trace.Append("--> (raw) ").AppendLine(body);
        }

        await _stdin.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        await _stdin.WriteAsync(bytes);
        await _stdin.FlushAsync();
    }

    /// <summary>Sends each of <paramref name="bodies"/> as a framed message, all of them in one write (as a client's burst arrives).</summary>
    public async Task SendRawBurstAsync(params string[] bodies)
    {
        var burst = new MemoryStream();
        foreach (var body in bodies)
        {
            lock (_trace)
            {
                _trace.Append("--> (burst) ").AppendLine(body);
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            burst.Write(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
            burst.Write(bytes);
        }

        await _stdin.WriteAsync(burst.ToArray());
        await _stdin.FlushAsync();
    }

    /// <summary>Waits for the response with <paramref name="id"/> to a request sent raw with <see cref="SendRawAsync"/>.</summary>
    public Task<JsonObject> ExpectResponseAsync(int id)
    {
        var response = _pending.GetOrAdd(id, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously));
        return WaitAsync(response.Task, $"the response to id {id}");
    }

    /// <summary>Waits for the response with the string <paramref name="id"/> to a request sent raw with <see cref="SendRawAsync"/>.</summary>
    public Task<JsonObject> ExpectResponseAsync(string id)
    {
        var response = _pendingByString.GetOrAdd(id, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously));
        return WaitAsync(response.Task, $"the response to id \"{id}\"");
    }

    /// <summary>Every notification named <paramref name="method"/> received so far, without waiting.</summary>
    public List<JsonObject> DrainNotifications(string method)
    {
        var found = new List<JsonObject>();
        while (_notifications.Reader.TryRead(out var message))
        {
            if ((string?)message["method"] == method)
            {
                found.Add(message["params"]!.AsObject());
            }
        }

        return found;
    }

    public Task NotifyAsync(string method, object? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    /// <summary>Waits for the next notification named <paramref name="method"/> matching <paramref name="filter"/>, skipping others.</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? filter = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var message = await _notifications.Reader.ReadAsync(timeout.Token);
                // A server request without parameters (workspace/diagnostic/refresh) reads as empty ones.
                var parameters = message["params"]?.AsObject() ?? [];
                if ((string?)message["method"] == method && (filter is null || filter(parameters)))
                {
                    return parameters;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no {method} notification within {Timeout.TotalSeconds} s\n{Trace}");
        }
    }

    /// <summary>Closes stdin (as a client that dies does) without exit.</summary>
    public void CloseInput() => _stdin.Close();

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the server did not exit within {Timeout.TotalSeconds} s\n{Trace}");
        }

        await _reader;
        await _stderrReader;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        lock (_trace)
        {
            _trace.Append("--> ").AppendLine(message.ToJsonString());
        }

        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _stdin.WriteAsync(header);
        await _stdin.WriteAsync(body);
        await _stdin.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        var stdout = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(stdout) is { } message)
            {
                lock (_trace)
                {
                    _trace.Append("<-- ").AppendLine(message.ToJsonString());
                }

                if (message["id"] is { } id && message["method"] is null)
                {
                    if (id.GetValueKind() == JsonValueKind.Number)
                    {
                        // A response may come before ExpectResponseAsync asks for it (a raw burst): keep it for then.
                        _pending.GetOrAdd(id.GetValue<int>(), _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
                    }
                    else if (id.GetValueKind() == JsonValueKind.String)
                    {
                        _pendingByString.GetOrAdd(id.GetValue<string>(), _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
                    }
                }
                else
                {
                    _notifications.Writer.TryWrite(message);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            ProtocolViolation = e;
        }
        finally
        {
            foreach (var waiter in _pending.Values)
            {
                waiter.TrySetException(new IOException("the server closed its output\n" + Trace, ProtocolViolation));
            }

            _notifications.Writer.TryComplete(ProtocolViolation);
        }
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream stream)
    {
        var contentLength = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(stream);
            if (line is null)
            {
                return contentLength < 0 ? null : throw new InvalidDataException("stdout ended inside a header");
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"stdout carried something that is not an LSP header: '{line}'");
            }

            if (line[..colon].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (contentLength < 0)
        {
            throw new InvalidDataException("a message without Content-Length");
        }

        var body = new byte[contentLength];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<string?> ReadHeaderLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return bytes.Count == 0 ? null : throw new InvalidDataException("stdout ended inside a header line");
            }

            if (one[0] == '\n')
            {
                if (bytes.Count == 0 || bytes[^1] != '\r')
                {
                    throw new InvalidDataException("a header line not ended by CRLF: " + Encoding.ASCII.GetString([.. bytes]));
                }

                return Encoding.ASCII.GetString(bytes.ToArray(), 0, bytes.Count - 1);
            }

            bytes.Add(one[0]);
        }
    }

    private async Task<T> WaitAsync<T>(Task<T> task, string what)
    {
        var finished = await Task.WhenAny(task, Task.Delay(Timeout));
        return finished == task ? await task : throw new TimeoutException($"no {what} within {Timeout.TotalSeconds} s\n{Trace}");
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), s_options),
    };

    private static readonly JsonSerializerOptions s_options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
