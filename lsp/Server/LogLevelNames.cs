namespace Containers.LanguageServer.Server;

/// <summary>
/// <see cref="LogLevel"/> to and from its name without <c>Enum.ToString</c>/<c>Enum.TryParse</c>: under NativeAOT those
/// read the enum's metadata through reflection, about 0.7 ms on the way to the initialize response, as the extension
/// always passes <c>--log-level</c> and the first log line is written before it (bench/lsp/README.md "Start-up").
/// </summary>
internal static class LogLevelNames
{
    public static string Name(LogLevel level) => level switch
    {
        LogLevel.Trace => "Trace",
        LogLevel.Debug => "Debug",
        LogLevel.Information => "Information",
        LogLevel.Warning => "Warning",
        LogLevel.Error => "Error",
        _ => "None",
    };

    /// <summary>Reads a level name, ignoring case.</summary>
    public static bool TryParse(string name, out LogLevel level)
    {
        for (var candidate = LogLevel.Trace; candidate <= LogLevel.None; candidate++)
        {
            if (string.Equals(name, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = LogLevel.Information;
        return false;
    }
}
