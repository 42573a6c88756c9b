namespace Containers.LanguageServer.Server;

/// <summary>
/// Command line: <c>[--stdio] [--log-level trace|debug|information|warning|error|none] [--log-file PATH] [--version]</c>.
/// stdio is the only transport; <c>--stdio</c> is accepted because language clients pass it.
/// </summary>
public sealed record ServerOptions(LogLevel LogLevel, string? LogFile, bool ShowVersion)
{
    /// <summary>Parses <paramref name="args"/>; returns null and an error message for anything unknown.</summary>
    public static ServerOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var level = LogLevel.Information;
        string? logFile = null;
        var version = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--stdio":
                    break;
                case "--version":
                    version = true;
                    break;
                case "--log-file" when i + 1 < args.Count:
                    logFile = args[++i];
                    break;
                case "--log-level" when i + 1 < args.Count && LogLevelNames.TryParse(args[i + 1], out var parsed):
                    level = parsed;
                    i++;
                    break;
                default:
                    error = $"unknown or incomplete argument '{args[i]}'";
                    return null;
            }
        }

        return new ServerOptions(level, logFile, version);
    }
}
