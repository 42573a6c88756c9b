using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Containers.LanguageServer.Server;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// The GC heap's huge pages (issue #10, <see cref="GcHeapHugePages"/>): where the server may change the heap's
/// mapping, and that a large document's analysis really lands in huge pages, unless turned off.
/// </summary>
public sealed partial class GcHeapHugePagesTests
{
    private const long Mb = 1L << 20;

    // Shaped like /proc/self/maps around the GC's reservation: the binary, the reservation (regions with a committed
    // head each, the rest reserved), a thread's stack (anonymous but named), a file, a gap, a read-only anonymous mapping.
    private const string Maps = """
        00400000-00ae4000 r-xp 00000000 08:01 1234                               /opt/server/Containers.LanguageServer
        7f0000000000-7f0000400000 ---p 00000000 00:00 0 
        7f0000400000-7f0000431000 rw-p 00000000 00:00 0 
        7f0000431000-7f0002400000 ---p 00000000 00:00 0 
        7f0002400000-7f0002401000 rw-p 00000000 00:00 0 
        7f0002401000-7f0010000000 ---p 00000000 00:00 0 
        7f0010000000-7f0010200000 rw-p 00000000 00:00 0                          [stack:42]
        7f0010200000-7f0010400000 r--p 00000000 08:01 99                         /usr/lib/x86_64-linux-gnu/libc.so.6
        7f0010600000-7f0010800000 ---p 00000000 00:00 0 
        7f0010800000-7f0010a00000 r--p 00000000 00:00 0 

        """;

    [Theory]
    [InlineData(0x7f0000400000, 16, true)]   // reserved and committed parts, adjoining
    [InlineData(0x7f0002400000, 8, true)]    // starts at a mapping's first byte
    [InlineData(0x7f0000000000, 256, true)]  // the whole reservation, to its last byte
    [InlineData(0x7f0000000000, 258, false)] // one chunk past it: a named mapping (a stack)
    [InlineData(0x7f0010400000, 4, false)]   // a gap, then a reserved mapping
    [InlineData(0x7f0010600000, 4, false)]   // a reserved mapping, then a read-only one
    [InlineData(0x7f0010200000, 2, false)]   // a file
    [InlineData(0x7f0020000000, 2, false)]   // nothing mapped at all
    public void OnlyAnAnonymousReservationWithoutGapsMayBeAdvised(long start, long megabytes, bool expected)
    {
        Assert.Equal(expected, GcHeapHugePages.LiesInOneReservation(Maps.Replace("\r\n", "\n", StringComparison.Ordinal), start, start + (megabytes * Mb)));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ALargeDocumentIsAnalysedInHugePages(string variant)
    {
        var mode = TransparentHugePagesMode();
        var hugeKb = await AnonymousHugePagesAfterALargeDocument(variant, new Dictionary<string, string>());

        if (mode == "never")
        {
            Assert.Equal(0, hugeKb);
        }
        else
        {
            Assert.True(hugeKb >= 2048, $"AnonHugePages {hugeKb} kB with transparent huge pages '{mode}', expected at least one 2 MB page");
        }
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task HugePagesCanBeTurnedOff(string variant)
    {
        var hugeKb = await AnonymousHugePagesAfterALargeDocument(variant, new Dictionary<string, string> { ["CONTAINERS_LSP_HUGE_PAGES"] = "0" });

        // With "always" the kernel may give any large mapping huge pages by itself; with "madvise" only advice does.
        if (TransparentHugePagesMode() != "always")
        {
            Assert.Equal(0, hugeKb);
        }
    }

    private static async Task<long> AnonymousHugePagesAfterALargeDocument(string variant, Dictionary<string, string> environment)
    {
        await using var client = LspTestClient.StartWithEnvironment(ServerUnderTest.Executable(variant), environment, "--stdio", "--log-level", "debug");
        await client.RequestAsync("initialize", Lsp.InitializeParams());
        await client.NotifyAsync("initialized", new { });

        var text = new StringBuilder("FROM alpine:3.20 AS build\n");
        for (var i = 0; text.Length < 4 * GcHeapHugePages.LargeDocumentLength; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache package{i} && echo $HOME\n");
        }

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen("file:///huge/Dockerfile", text.ToString()));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        var rollup = await File.ReadAllTextAsync($"/proc/{client.ProcessId}/smaps_rollup");
        var match = AnonHugePagesLine().Match(rollup);
        Assert.True(match.Success, rollup);
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string TransparentHugePagesMode()
    {
        var setting = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
        return Regex.Match(setting, @"\[(\w+)\]").Groups[1].Value;
    }

    [GeneratedRegex(@"^AnonHugePages:\s+(\d+) kB$", RegexOptions.Multiline)]
    private static partial Regex AnonHugePagesLine();
}
