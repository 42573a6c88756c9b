using System.Diagnostics;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Server;

public sealed class CommandLineTests
{
    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task RefusesAnUnknownArgumentWithExitCodeTwo(string variant)
    {
        var (code, stdout, stderr) = await RunAsync(variant, "--bogus");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("--bogus", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PrintsItsVersion(string variant)
    {
        var (code, stdout, _) = await RunAsync(variant, "--version");

        Assert.Equal(0, code);
        var expected = File.ReadAllText(Path.Combine(ServerUnderTest.Root, "VERSION")).Trim();
        Assert.Equal(expected, stdout.Trim());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task WritesTheLogFileItIsGiven(string variant)
    {
        var logFile = Path.Combine(Path.GetTempPath(), $"lsp-test-{Guid.NewGuid():N}.log");
        try
        {
            await using (var client = LspTestClient.Start(ServerUnderTest.Executable(variant), "--log-file", logFile))
            {
                await client.RequestAsync("initialize", Lsp.InitializeParams());
                await client.RequestAsync("shutdown", null);
                await client.NotifyAsync("exit", null);
                Assert.Equal(0, await client.WaitForExitAsync());
            }

            var log = await File.ReadAllTextAsync(logFile);
            Assert.Contains("initialize from LanguageServer.Tests", log, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(logFile);
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string variant, params string[] arguments)
    {
        var info = new ProcessStartInfo(ServerUnderTest.Executable(variant))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(LspTestClient.Timeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
