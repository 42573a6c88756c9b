using System.Management.Automation;
using System.Management.Automation.Language;
using Containers.Tests;

namespace Containers.Module.Tests.Help;

/// <summary>
/// The examples of the help (issue #12): every one parses and uses only parameters its cmdlets have; the ones
/// the <see cref="ExampleConvention"/> marks runnable are run against the real engine, and every noun family
/// has at least one that is.
/// </summary>
public sealed class HelpExampleTests : IClassFixture<PowerShellSession>
{
    private readonly PowerShellSession _ps;

    public HelpExampleTests(PowerShellSession ps) => _ps = ps;

    public static TheoryData<string, int> AllExamples() => HelpExample.Cases();

    public static TheoryData<string, int> RunnableExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (HelpExample example in HelpExample.All.Where(e => Kind(e) != ExampleKind.ParseOnly))
        {
            data.Add(example.Command, example.Number);
        }
        return data;
    }

    private static ExampleKind Kind(HelpExample example) => ExampleConvention.Classify(example.Code, ModuleCommands.ByName);

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void ExampleParsesAndUsesRealParameters(string command, int number)
    {
        HelpExample example = HelpExample.Find(command, number);
        ScriptBlockAst ast = ExampleConvention.Parse(example.Code);
        CommandAst[] commands = [.. ExampleConvention.Commands(ast)];
        Assert.Contains(commands, c => string.Equals(c.GetCommandName(), command, StringComparison.OrdinalIgnoreCase));
        var problems = new List<string>();
        foreach (CommandAst call in commands)
        {
            if (!ModuleCommands.ByName.TryGetValue(call.GetCommandName() ?? "", out CommandInfo? info))
            {
                continue;
            }
            foreach (CommandParameterAst parameter in call.CommandElements.OfType<CommandParameterAst>())
            {
                if (ExampleConvention.IsEndOfParameters(parameter))
                {
                    break;
                }
                if (ExampleConvention.Resolve(info, parameter) is null)
                {
                    problems.Add($"{info.Name} has no parameter -{parameter.ParameterName}");
                }
            }
        }
        Assert.True(problems.Count == 0, $"{example}: {string.Join("; ", problems)}");
    }

    [Theory]
    [MemberData(nameof(RunnableExamples))]
    public void RunnableExampleRunsWithoutErrorsAndLeavesNothingBehind(string command, int number)
    {
        HelpExample example = HelpExample.Find(command, number);
        // Names unique to this run, so that concurrent runs of the suite never collide.
        string prefix = $"{ExampleConvention.NamePrefix}{Guid.NewGuid().ToString("N")[..8]}-";
        string code = example.Code.Replace(ExampleConvention.NamePrefix, prefix, StringComparison.Ordinal);
        string[] leftovers;
        try
        {
            _ps.Run(code).AssertNoErrors();
        }
        finally
        {
            leftovers = RemoveLeftovers(prefix);
        }
        Assert.True(leftovers.Length == 0, $"{example} left {string.Join(", ", leftovers)} behind");
    }

    [Fact]
    public void EveryNounFamilyHasARunnableExample()
    {
        string[] families = [.. CmdletHelpTests.CmdletNames.Select(Family).Distinct().Order(StringComparer.Ordinal)];
        string[] covered = [.. HelpExample.All.Where(e => Kind(e) != ExampleKind.ParseOnly).Select(e => Family(e.Command)).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(families, covered);
        Assert.Contains(HelpExample.All, e => Kind(e) == ExampleKind.SelfContained);
    }

    [Fact]
    public void SelfContainedExamplesUseOnlyTheTestImageAndClearOnlyUnderWhatIf()
    {
        foreach (HelpExample example in HelpExample.All.Where(e => Kind(e) == ExampleKind.SelfContained))
        {
            foreach (CommandAst call in ExampleConvention.Commands(ExampleConvention.Parse(example.Code)))
            {
                string name = call.GetCommandName() ?? "";
                if (name.StartsWith("Clear-", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Contains(call.CommandElements.OfType<CommandParameterAst>(), p => p.ParameterName.Equals("WhatIf", StringComparison.OrdinalIgnoreCase));
                }
                if (name is "New-Container" or "Invoke-ContainerImage")
                {
                    Assert.Equal(ExampleConvention.TestImage, call.CommandElements[1].Extent.Text.Trim('\'', '"'));
                }
            }
        }
    }

    /// <summary>The noun family: Container, Image, Volume, Network, Engine or Dockerfile.</summary>
    private static string Family(string cmdlet)
    {
        string noun = cmdlet[(cmdlet.IndexOf('-', StringComparison.Ordinal) + 1)..];
        return noun switch
        {
            _ when noun.StartsWith("ContainerImage", StringComparison.Ordinal) => "Image",
            _ when noun.StartsWith("ContainerVolume", StringComparison.Ordinal) => "Volume",
            _ when noun.StartsWith("ContainerNetwork", StringComparison.Ordinal) => "Network",
            "ContainerEngine" or "ContainerDiskUsage" => "Engine",
            "Dockerfile" => "Dockerfile",
            _ => "Container",
        };
    }

    /// <summary>Removes containers, volumes and networks whose names start with <paramref name="prefix"/>; returns what it found.</summary>
    private static string[] RemoveLeftovers(string prefix)
    {
        string[] containers = [.. DockerCli.Lines("ps", "-a", "--format", "{{.Names}}", "--filter", "name=" + prefix).Where(n => n.StartsWith(prefix, StringComparison.Ordinal))];
        if (containers.Length > 0)
        {
            DockerCli.Run(["rm", "-f", "-v", .. containers]);
        }
        string[] networks = [.. DockerCli.Lines("network", "ls", "--format", "{{.Name}}", "--filter", "name=" + prefix).Where(n => n.StartsWith(prefix, StringComparison.Ordinal))];
        if (networks.Length > 0)
        {
            DockerCli.Run(["network", "rm", .. networks]);
        }
        string[] volumes = [.. DockerCli.Lines("volume", "ls", "--format", "{{.Name}}", "--filter", "name=" + prefix).Where(n => n.StartsWith(prefix, StringComparison.Ordinal))];
        if (volumes.Length > 0)
        {
            DockerCli.Run(["volume", "rm", "-f", .. volumes]);
        }
        return [.. containers.Select(c => "container " + c), .. networks.Select(n => "network " + n), .. volumes.Select(v => "volume " + v)];
    }
}
