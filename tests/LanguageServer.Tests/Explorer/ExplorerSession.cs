using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;
using Containers.Tests;

namespace Containers.LanguageServer.Tests.Explorer;

/// <summary>Starting the server for the explorer's requests, optionally with a changed environment, and reading their answers.</summary>
internal static class ExplorerSession
{
    /// <summary>
    /// Starts the server with <paramref name="environment"/> added (through env(1), as the client does not take
    /// an environment) and completes initialize.
    /// </summary>
    public static async Task<LspTestClient> StartAsync(string variant, params string[] environment)
    {
        var client = environment.Length == 0
            ? LspTestClient.Start(ServerUnderTest.Executable(variant), "--stdio", "--log-level", "debug")
            : LspTestClient.Start("/usr/bin/env", [.. environment, ServerUnderTest.Executable(variant), "--stdio", "--log-level", "debug"]);
        await client.RequestAsync("initialize", Lsp.InitializeParams());
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    /// <summary>The result array of a successful list request; fails the test with the error otherwise.</summary>
    public static async Task<JsonArray> ListAsync(LspTestClient client, string method)
    {
        var response = await client.RequestAsync(method, new { });
        return Result(response, method).AsArray();
    }

    public static JsonNode Result(JsonObject response, string method)
    {
        Assert.True(response["error"] is null, $"{method} answered an error: {response["error"]?.ToJsonString()}");
        return response["result"]!;
    }

    /// <summary>The container item with <paramref name="id"/>, or null.</summary>
    public static JsonNode? Find(JsonArray items, string property, string value) =>
        items.FirstOrDefault(i => (string?)i![property] == value);

    /// <summary>The container's state as the docker CLI reports it.</summary>
    public static string CliState(string id) => DockerCli.Run("inspect", "-f", "{{.State.Status}}", id);
}
