using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Lets the GC heap grow into transparent huge pages on Linux (issue #10; bench/lsp/README.md, "Huge pages").
/// </summary>
/// <remarks>
/// The first analysis of a large document is mostly the kernel handing the GC memory never touched before, one
/// fault per 4 KB page (some 830 for the bench's 6,000-line file, 15–20 µs each in a Firecracker VM, ~1 µs on bare
/// metal). A 2 MB huge page is one fault. The GC does not ask for them, and a plain <c>madvise(MADV_HUGEPAGE)</c> on
/// its reservation is not enough: it commits a region a little at a time, each commit an <c>mprotect</c> and a
/// <c>madvise(MADV_DODUMP)</c> that split the mapping, and the kernel uses a huge page only where the whole aligned
/// 2 MB lies in one mapping with no 4 KB page in it yet. So <see cref="Advise"/> makes the heap around the current
/// allocation region read-write and dumpable at once (what the GC's own commits would do, so those become no-ops) and
/// advises it; untouched pages stay free, and the resident size grows only as the GC writes, in 2 MB steps.
/// <see cref="PrepareForLargeDocument"/> then collapses the one chunk gen0 is filling, which holds 4 KB pages already.
/// The range is bounded (16 MB) because a huge page is resident whole: with 64 MB, the bench's peak RSS rose by 7–12 MB.
/// The GC's decommit maps a range afresh, which ends the advice there; it then behaves as before.
/// <c>CONTAINERS_LSP_HUGE_PAGES=0</c> turns all of this off.
/// </remarks>
internal static class GcHeapHugePages
{
    /// <summary>Text length (UTF-16) from which a document's first analysis allocates more than a 2 MB chunk holds.</summary>
    internal const int LargeDocumentLength = 64 * 1024;

    private const long HugePageBytes = 2L << 20;

    // At start-up the regions below gen0's are gen1's and gen2's (4 MB each), which receive its survivors; the ones
    // above are those gen0 takes next. 8 MB each way covers a large document's first analysis.
    private const long BelowBytes = 8L << 20;
    private const long AboveBytes = 8L << 20;

    private const int ProtectReadWrite = 0x1 | 0x2;
    private const int AdviseHugePage = 14;
    private const int AdviseDoDump = 17;
    private const int AdviseCollapse = 25;

    // Advise runs on the main thread once messages are being read; a large didOpen read meanwhile waits for it here
    // (a few milliseconds at most), so the first analysis never races the advice.
    private static readonly Lock s_gate = new();
    private static long s_advisedStart;
    private static long s_advisedEnd;
    private static bool s_collapsed;

    /// <summary>Advises the heap around the current allocation region; logs at debug level what it did or why not.</summary>
    public static void Advise(ServerLog log)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("CONTAINERS_LSP_HUGE_PAGES") is "0")
        {
            return;
        }

        lock (s_gate)
        {
            AdviseOnce(log);
        }
    }

    private static void AdviseOnce(ServerLog log)
    {
        var began = Stopwatch.GetTimestamp();
        try
        {
            if (File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal))
            {
                log.Debug("GC heap: transparent huge pages are off on this system");
                return;
            }

            var allocating = AlignDown(AddressOfNewObject(), HugePageBytes);
            var start = allocating - BelowBytes;
            var end = allocating + AboveBytes;
            if (!LiesInOneReservation(File.ReadAllText("/proc/self/maps"), start, end))
            {
                log.Debug($"GC heap: {start:x}-{end:x} is not one anonymous reservation; no huge pages");
                return;
            }

            var length = (nuint)(end - start);
            if (mprotect((nint)start, length, ProtectReadWrite) != 0
                || madvise((nint)start, length, AdviseDoDump) != 0
                || madvise((nint)start, length, AdviseHugePage) != 0)
            {
                log.Debug($"GC heap: huge pages refused (errno {Marshal.GetLastPInvokeError()})");
                return;
            }

            s_advisedStart = start;
            s_advisedEnd = end;
            log.Debug($"GC heap: huge pages advised for {start:x}-{end:x} in {Stopwatch.GetElapsedTime(began).TotalMilliseconds:F2} ms");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            log.Debug($"GC heap: no huge pages ({e.Message})");
        }
    }

    /// <summary>
    /// Before the first analysis of a document of <paramref name="textLength"/> characters: once, if it is large, makes the
    /// 2 MB chunk gen0 is filling one huge page (<c>MADV_COLLAPSE</c>, about half a millisecond), instead of the few
    /// hundred faults its remaining 4 KB pages would cost. Small documents leave the resident size as it is.
    /// </summary>
    public static void PrepareForLargeDocument(int textLength, ServerLog log)
    {
        if (textLength < LargeDocumentLength)
        {
            return;
        }

        lock (s_gate)
        {
            if (s_advisedEnd == 0 || s_collapsed)
            {
                return;
            }

            s_collapsed = true;
            var allocating = AlignDown(AddressOfNewObject(), HugePageBytes);
            if (allocating < s_advisedStart || allocating >= s_advisedEnd)
            {
                return;
            }

            var result = madvise((nint)allocating, (nuint)HugePageBytes, AdviseCollapse);
            log.Debug($"GC heap: chunk {allocating:x} {(result == 0 ? "collapsed" : $"not collapsed (errno {Marshal.GetLastPInvokeError()})")}");
        }
    }

    /// <summary>
    /// Whether /proc/self/maps (<paramref name="maps"/>) covers [<paramref name="start"/>, <paramref name="end"/>) with
    /// adjoining private anonymous mappings that are either reserved (---p) or read-write (rw-p): the GC's reservation.
    /// Anything else there (a file, a stack guard, a gap) means the guess was wrong, and nothing is changed.
    /// </summary>
    internal static bool LiesInOneReservation(string maps, long start, long end)
    {
        var covered = start;
        foreach (var line in maps.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // "7f56dd400000-7f56dd401000 rw-p 00000000 00:00 0    [name]": address range, permissions, offset, device, inode, name.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            var from = long.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = long.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (to <= covered || from >= end)
            {
                continue;
            }

            var anonymous = fields.Length == 5 && fields[4] == "0";
            if (from > covered || !anonymous || fields[1] is not ("---p" or "rw-p"))
            {
                return false;
            }

            covered = to;
            if (covered >= end)
            {
                return true;
            }
        }

        return false;
    }

    private static long AddressOfNewObject()
    {
        var handle = GCHandle.Alloc(new byte[16], GCHandleType.Pinned);
        try
        {
            return handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    private static long AlignDown(long value, long alignment) => value & ~(alignment - 1);

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code; these signatures marshal blittably anyway.
    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(nint address, nuint length, int protection);

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);
#pragma warning restore SYSLIB1054
}
