using System.Management.Automation;
using System.Text.Json;
using Containers.Engine.Connection;
using Containers.Tests;

namespace Containers.Module.Tests.Context;

/// <summary>
/// The context cmdlets write the docker CLI's layout and read what it writes (issue #8); the CLI, run against the same
/// temporary DOCKER_CONFIG, is the oracle. Every script sets DOCKER_CONFIG and DOCKER_CONTEXT and restores them.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ContainerContextTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly string _config = Directory.CreateTempSubdirectory("ct-contexts-").FullName;
    private readonly Dictionary<string, string> _cli;

    public ContainerContextTests(PowerShellSession ps)
    {
        _ps = ps;
        _cli = new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config, ["DOCKER_CONTEXT"] = "", ["DOCKER_HOST"] = "" };
    }

    public void Dispose() => Directory.Delete(_config, recursive: true);

    private PowerShellSession.Result Run(string script, params object[] arguments) => _ps.Run($$"""
        $env:DOCKER_CONFIG = '{{_config}}'
        try { {{script}} } finally { $env:DOCKER_CONFIG = $null; $env:DOCKER_CONTEXT = $null }
        """, arguments);

    private string[] Lines(params string[] args) =>
        DockerCli.Run(_cli, args).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string MetaJson(string name) => File.ReadAllText(Path.Combine(_config, "contexts", "meta", ContextStore.ContextId(name), "meta.json"));

    [Fact]
    public void WritesMetaJsonByteForByteAsTheCliDoes()
    {
        string host = EngineUnderTest.Endpoint.Url;
        DockerCli.Run(_cli, "context", "create", "ct-cli", "--description", "the shared engine", "--docker", "host=" + host);
        DockerCli.Run(_cli, "context", "create", "ct-cli-bare", "--docker", "host=tcp://10.1.2.3:2375");
        Run("New-ContainerContext ct-ps -DockerHost $args[0] -Description 'the shared engine'; New-ContainerContext ct-ps-bare -DockerHost tcp://10.1.2.3:2375", host).AssertNoErrors();
        Assert.Equal(MetaJson("ct-cli").Replace("ct-cli", "ct-ps", StringComparison.Ordinal), MetaJson("ct-ps"));
        Assert.Equal(MetaJson("ct-cli-bare").Replace("ct-cli-bare", "ct-ps-bare", StringComparison.Ordinal), MetaJson("ct-ps-bare"));
        // The CLI reads ours and reaches the engine through it.
        using JsonDocument inspect = JsonDocument.Parse(DockerCli.Run(_cli, "context", "inspect", "ct-ps"));
        JsonElement context = inspect.RootElement[0];
        Assert.Equal("the shared engine", context.GetProperty("Metadata").GetProperty("Description").GetString());
        Assert.Equal(host, context.GetProperty("Endpoints").GetProperty("docker").GetProperty("Host").GetString());
        Assert.Equal(DockerCli.Run("version", "--format", "{{.Server.Version}}"), DockerCli.Run(_cli, "--context", "ct-ps", "version", "--format", "{{.Server.Version}}"));
    }

    [Fact]
    public void ListsDefaultAndTheCliContextsWithTheCurrentOneMarkedAsTheCliDoes()
    {
        DockerCli.Run(_cli, "context", "create", "ct-a", "--description", "first", "--docker", "host=tcp://10.1.2.3:2375");
        DockerCli.Run(_cli, "context", "create", "ct-b", "--docker", "host=unix:///tmp/nowhere.sock");
        DockerCli.Run(_cli, "context", "use", "ct-b");
        ContainerContextInfo[] ours = Run("Get-ContainerContext").AssertNoErrors().Objects<ContainerContextInfo>();
        string[] cli = Lines("context", "ls", "--format", "{{.Name}}|{{.Current}}|{{.Description}}|{{.DockerEndpoint}}");
        Assert.Equal(cli, ours.Select(c => $"{c.Name}|{c.Current.ToString().ToLowerInvariant()}|{c.Description}|{c.DockerHost}"));
    }

    [Fact]
    public void UsePersistWritesCurrentContextKeepingEveryOtherSettingAndTheCliFollows()
    {
        DockerCli.Run(_cli, "context", "create", "ct-next", "--docker", "host=" + EngineUnderTest.Endpoint.Url);
        File.WriteAllText(Path.Combine(_config, "config.json"), """{ "auths": { "127.0.0.1:5000": { "auth": "eDp5" } }, "psFormat": "{{.ID}}", "currentContext": "default", "plugins": { "x": { "k": "v" } } }""");
        Run("Use-ContainerContext ct-next -Persist").AssertNoErrors();
        using (JsonDocument config = JsonDocument.Parse(File.ReadAllText(Path.Combine(_config, "config.json"))))
        {
            Assert.Equal("ct-next", config.RootElement.GetProperty("currentContext").GetString());
            Assert.Equal("eDp5", config.RootElement.GetProperty("auths").GetProperty("127.0.0.1:5000").GetProperty("auth").GetString());
            Assert.Equal("{{.ID}}", config.RootElement.GetProperty("psFormat").GetString());
            Assert.Equal("v", config.RootElement.GetProperty("plugins").GetProperty("x").GetProperty("k").GetString());
        }
        Assert.Equal("ct-next", DockerCli.Run(_cli, "context", "show"));
        Run("Use-ContainerContext default -Persist").AssertNoErrors();
        Assert.Equal("default", DockerCli.Run(_cli, "context", "show"));
    }

    [Fact]
    public void UseWithoutPersistIsForTheSessionAndCmdletsFollowIt()
    {
        DockerCli.Run(_cli, "context", "create", "ct-session", "--docker", "host=" + EngineUnderTest.Endpoint.Url);
        PowerShellSession.Result result = Run("Use-ContainerContext ct-session; (Get-ContainerEngine).Context; (Get-ContainerContext | Where-Object Current).Name");
        Assert.Equal(["ct-session", "ct-session"], result.AssertNoErrors().Objects<string>());
        Assert.False(File.Exists(Path.Combine(_config, "config.json")));
    }

    [Fact]
    public void RefusesToRemoveTheCurrentContextUnlessForcedAndRemovesOthersMidList()
    {
        DockerCli.Run(_cli, "context", "create", "ct-keep", "--docker", "host=tcp://10.1.2.3:2375");
        DockerCli.Run(_cli, "context", "create", "ct-x", "--docker", "host=tcp://10.1.2.3:2375");
        DockerCli.Run(_cli, "context", "create", "ct-y", "--docker", "host=tcp://10.1.2.3:2375");
        DockerCli.Run(_cli, "context", "use", "ct-keep");
        PowerShellSession.Result result = Run("Remove-ContainerContext ct-x, nope, ct-keep, ct-y");
        Assert.Equal(["ContextNotFound,Containers.RemoveContainerContextCommand", "ContextInUse,Containers.RemoveContainerContextCommand"],
            result.Errors.Select(e => e.FullyQualifiedErrorId));
        Assert.Equal([ErrorCategory.ObjectNotFound, ErrorCategory.ResourceBusy], result.Errors.Select(e => e.CategoryInfo.Category));
        Assert.Equal(["ct-keep", "default"], Lines("context", "ls", "--format", "{{.Name}}"));
        Run("Remove-ContainerContext ct-keep -Force -WhatIf").AssertNoErrors();
        Assert.Contains("ct-keep", Lines("context", "ls", "--format", "{{.Name}}"));
        Run("Remove-ContainerContext ct-keep -Force").AssertNoErrors();
        Assert.Equal(["default"], Lines("context", "ls", "--format", "{{.Name}}"));
        Assert.Equal("default", DockerCli.Run(_cli, "context", "show"));
        Assert.False(Directory.Exists(Path.Combine(_config, "contexts", "meta", ContextStore.ContextId("ct-keep"))));
    }

    [Fact]
    public void RejectsNamesTheCliRejectsAndNamesAlreadyTaken()
    {
        DockerCli.Run(_cli, "context", "create", "ct-taken", "--docker", "host=tcp://10.1.2.3:2375");
        PowerShellSession.Result result = Run("New-ContainerContext '-bad' -DockerHost tcp://h:1; New-ContainerContext default -DockerHost tcp://h:1; New-ContainerContext ct-taken -DockerHost tcp://h:1");
        Assert.Equal(["InvalidArgument,Containers.NewContainerContextCommand", "InvalidArgument,Containers.NewContainerContextCommand", "ContextExists,Containers.NewContainerContextCommand"],
            result.Errors.Select(e => e.FullyQualifiedErrorId));
        Assert.Contains("names are validated against regexp", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal("\"default\" is a reserved context name", result.Errors[1].Exception.Message);
    }
}
