using System.Diagnostics;
using System.Globalization;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Where the time of a didOpen or an edit goes, for bench/lsp (issue #10's targets): with
/// <c>CONTAINERS_LSP_TIMINGS=1</c> each phase is written to stderr as <c>timing &lt;phase&gt; &lt;ms&gt;</c>.
/// Off by default: then it costs one static bool test per phase.
/// </summary>
internal static class ServerTimings
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("CONTAINERS_LSP_TIMINGS") is "1";

    private static readonly long s_origin = Stopwatch.GetTimestamp();

    /// <summary>Writes <paramref name="what"/> with the time since the server started (to line up with the client's clock).</summary>
    public static void Mark(string what)
    {
        if (Enabled)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mark {what} {Stopwatch.GetElapsedTime(s_origin).TotalMilliseconds:F2}"));
        }
    }

    /// <summary>A timestamp to pass to <see cref="Report"/>; 0 when timings are off.</summary>
    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Writes the time since <paramref name="started"/> under <paramref name="phase"/>, and returns a new start.</summary>
    public static long Report(string phase, long started)
    {
        if (!Enabled)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {phase} {Stopwatch.GetElapsedTime(started, now).TotalMilliseconds:F2}"));
        return Stopwatch.GetTimestamp();
    }
}
