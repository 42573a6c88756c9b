namespace Containers.LanguageServer.Server;

/// <summary>Log levels, most verbose first.</summary>
public enum LogLevel
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    None,
}

/// <summary>
/// The server's log: stderr (stdout carries only protocol) and, with <c>--log-file</c>, a file.
/// Thread-safe; never throws.
/// </summary>
public sealed class ServerLog : IDisposable
{
    private readonly object _gate = new();
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2213", Justification = "Not owned: the process's stderr.")]
    private readonly TextWriter _stderr;
    private readonly StreamWriter? _file;

    public ServerLog(LogLevel level, string? logFile, TextWriter stderr)
    {
        Level = level;
        _stderr = stderr;
        if (logFile is not null)
        {
            try
            {
                _file = new StreamWriter(logFile, append: true) { AutoFlush = true };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Write(LogLevel.Warning, $"cannot open log file '{logFile}': {e.Message}");
            }
        }
    }

    public LogLevel Level { get; }

    public bool IsEnabled(LogLevel level) => level >= Level && level != LogLevel.None;

    public void Write(LogLevel level, string message)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var line = $"{DateTime.UtcNow:HH:mm:ss.fff} [{LogLevelNames.Name(level)}] {message}";
        lock (_gate)
        {
            try
            {
                _stderr.WriteLine(line);
                _stderr.Flush();
                _file?.WriteLine(line);
            }
            catch (IOException)
            {
                // The client went away; logging must never take the server down.
            }
        }
    }

    public void Info(string message) => Write(LogLevel.Information, message);

    public void Debug(string message) => Write(LogLevel.Debug, message);

    public void Error(string message) => Write(LogLevel.Error, message);

    public void Dispose() => _file?.Dispose();
}
