using System.Diagnostics;
using System.Globalization;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Where the time of a didOpen or an edit goes, for bench/lsp (issue #10's targets): with
/// <c>CONTAINERS_LSP_TIMINGS=1</c> each phase is written to stderr as <c>timing &lt;phase&gt; &lt;ms&gt; alloc &lt;KB&gt; faults &lt;n&gt; gcs &lt;gen0 in the phase&gt;/&lt;gen1 so far&gt;/&lt;gen2 so far&gt;</c>:
/// the bytes the thread allocated in the phase and the process's minor page faults meanwhile (on a fresh process most
/// of a large document's first analysis is the GC handing out memory never touched before, one fault per 4 KB page).
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
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mark {what} {Stopwatch.GetElapsedTime(s_origin).TotalMilliseconds:F2} gcs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }
    }

    [ThreadStatic]
    private static long t_allocated;

    [ThreadStatic]
    private static long t_faults;

    [ThreadStatic]
    private static int t_collections;

    /// <summary>A timestamp to pass to <see cref="Report"/>; 0 when timings are off.</summary>
    public static long Start()
    {
        if (!Enabled)
        {
            return 0;
        }

        t_allocated = GC.GetAllocatedBytesForCurrentThread();
        t_faults = MinorFaults();
        t_collections = GC.CollectionCount(0);
        return Stopwatch.GetTimestamp();
    }

    /// <summary>Writes the time since <paramref name="started"/> under <paramref name="phase"/>, and returns a new start.</summary>
    public static long Report(string phase, long started)
    {
        if (!Enabled)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var faults = MinorFaults();
        var collections = GC.CollectionCount(0);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"timing {phase} {Stopwatch.GetElapsedTime(started, now).TotalMilliseconds:F2} alloc {(allocated - t_allocated) / 1024}KB faults {faults - t_faults} gcs {collections - t_collections}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        t_allocated = GC.GetAllocatedBytesForCurrentThread();
        t_faults = MinorFaults();
        t_collections = collections;
        return Stopwatch.GetTimestamp();
    }

    /// <summary>The process's minor page faults so far (field 10 of /proc/self/stat); 0 where there is no /proc.</summary>
    private static long MinorFaults()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");

            // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
