using System.Text.Json;
using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// BuildKit's CopyIgnoredFile in the editor: a Dockerfile with a file: URI is checked against the .dockerignore of its
/// directory (the context of <c>docker build .</c> beside it), read again when its last write time changes.
/// </summary>
public sealed class DockerIgnoreFilesTests : IDisposable
{
    private const string Dockerfile = "FROM alpine\nCOPY app.txt secret.txt /app/\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("containers-dockerignore-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Uri => new Uri(Path.Combine(_dir, "Dockerfile")).AbsoluteUri;

    /// <summary>Writes the .dockerignore with a last write time of its own, so the server cannot take it for the previous one.</summary>
    private void WriteIgnore(string name, string text, int minutesAgo)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-minutesAgo));
    }

    private static string[] Codes(JsonNode? diagnostics) =>
        [.. diagnostics!.AsArray().Select(d => (string?)d!["code"] ?? "")];

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PublishesCopyIgnoredFileAndDropsItOnceTheDockerignoreNoLongerExcludesTheSource(string variant)
    {
        File.WriteAllText(Path.Combine(_dir, "Dockerfile"), Dockerfile);
        WriteIgnore(".dockerignore", "# not sent to the builder\nsecret.txt\n", minutesAgo: 10);
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile, version: 1));
        var opened = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (int?)n["version"] == 1);

        WriteIgnore(".dockerignore", "*.log\n", minutesAgo: 5);
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, 2, Lsp.Edit(2, 0, 2, 0, "RUN true\n")));
        var changed = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (int?)n["version"] == 2);

        var diagnostic = Assert.Single(opened["diagnostics"]!.AsArray())!;
        Assert.Equal("CopyIgnoredFile", (string?)diagnostic["code"]);
        Assert.Equal("Attempting to Copy file \"secret.txt\" that is excluded by .dockerignore", (string?)diagnostic["message"]);
        Assert.Equal("1:13-1:23", Lsp.Range(diagnostic["range"]));
        Assert.Equal(2, (int)diagnostic["severity"]!);
        Assert.Empty(Codes(changed["diagnostics"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PullAnswersAgainWhenOnlyTheDockerignoreChangedAndPrefersTheDockerfilesOwn(string variant)
    {
        File.WriteAllText(Path.Combine(_dir, "Dockerfile"), Dockerfile);
        WriteIgnore(".dockerignore", "app.txt\n", minutesAgo: 10);
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile, version: 1));

        var first = (await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri)))["result"]!;
        // Dockerfile.dockerignore beside the Dockerfile wins over .dockerignore, as in BuildKit.
        WriteIgnore("Dockerfile.dockerignore", "secret.txt\n", minutesAgo: 5);
        var second = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = (string?)first["resultId"] }))["result"]!;
        File.Delete(Path.Combine(_dir, "Dockerfile.dockerignore"));
        File.Delete(Path.Combine(_dir, ".dockerignore"));
        var third = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = (string?)second["resultId"] }))["result"]!;

        Assert.Equal("1:5-1:12", Lsp.Range(Assert.Single(first["items"]!.AsArray())!["range"]));
        Assert.Equal("full", (string?)second["kind"]);
        Assert.Equal("1:13-1:23", Lsp.Range(Assert.Single(second["items"]!.AsArray())!["range"]));
        Assert.Equal("full", (string?)third["kind"]);
        Assert.Empty(Codes(third["items"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnUnreadableDockerignoreOrAnUntitledDocumentGivesNoFindingAndNoFailure(string variant)
    {
        File.WriteAllText(Path.Combine(_dir, "Dockerfile"), Dockerfile);
        WriteIgnore(".dockerignore", "[\n", minutesAgo: 10); // a malformed pattern: BuildKit would fail the build
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile, version: 1));
        var malformed = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["uri"] == Uri);
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen("untitled:Untitled-1", Dockerfile, version: 1));
        var untitled = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["uri"] == "untitled:Untitled-1");

        Assert.Empty(Codes(malformed["diagnostics"]));
        Assert.Empty(Codes(untitled["diagnostics"]));
        Assert.False(client.HasExited);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AWatchingClientIsAskedToReportDockerignoreFilesAndAChangeRepublishesTheFoldersDockerfiles(string variant)
    {
        File.WriteAllText(Path.Combine(_dir, "Dockerfile"), Dockerfile);
        WriteIgnore(".dockerignore", "secret.txt\n", minutesAgo: 10);
        var elsewhere = Directory.CreateTempSubdirectory("containers-dockerignore-other-").FullName;
        var otherUri = new Uri(Path.Combine(elsewhere, "Dockerfile")).AbsoluteUri;
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));
        try
        {
            await client.RequestAsync("initialize", new
            {
                processId = Environment.ProcessId,
                capabilities = new
                {
                    textDocument = new { publishDiagnostics = new { versionSupport = true } },
                    workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } },
                },
            });
            await client.NotifyAsync("initialized", new { });
            var registration = await client.WaitForNotificationAsync("client/registerCapability");
            await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile, version: 1));
            await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(otherUri, Dockerfile, version: 1));
            var before = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["uri"] == Uri);
            await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["uri"] == otherUri);

            // The Dockerfile is not edited: only the watched file's change can bring its diagnostics up to date.
            WriteIgnore(".dockerignore", "*.log\n", minutesAgo: 5);
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(Path.Combine(_dir, ".dockerignore")).AbsoluteUri, type = 2 } } });
            var after = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["uri"] == Uri);

            var options = registration["registrations"]![0]!;
            Assert.Equal("workspace/didChangeWatchedFiles", (string?)options["method"]);
            Assert.Equal(
                ["**/.dockerignore", "**/*.dockerignore"],
                options["registerOptions"]!["watchers"]!.AsArray().Select(w => (string?)w!["globPattern"]));
            Assert.Equal(["CopyIgnoredFile"], Codes(before["diagnostics"]));
            Assert.Empty(Codes(after["diagnostics"]));
            Assert.Equal(1, (int?)after["version"]);
            // Only the changed folder's Dockerfiles are published again.
            Assert.DoesNotContain(client.DrainNotifications("textDocument/publishDiagnostics"), n => (string?)n["uri"] == otherUri);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AClientThatCannotWatchFilesIsNotAskedTo(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var symbols = await client.RequestAsync("workspace/symbol", new { query = "" });

        Assert.Equal(JsonValueKind.Array, symbols["result"]!.GetValueKind());
        Assert.DoesNotContain("client/registerCapability", client.Trace, StringComparison.Ordinal);
    }
}
