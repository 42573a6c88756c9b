using System.Management.Automation;

namespace Containers.Module.Tests.Help;

/// <summary>
/// Get-Help for every cmdlet the module has, through the MAML the Build task generates from the doc comments
/// (issue #12): a real synopsis and description, examples, and a description for every parameter.
/// </summary>
public sealed class CmdletHelpTests : IClassFixture<PowerShellSession>
{
    private readonly PowerShellSession _ps;

    public CmdletHelpTests(PowerShellSession ps) => _ps = ps;

    /// <summary>Every cmdlet the module exports.</summary>
    public static TheoryData<string> Cmdlets()
    {
        var data = new TheoryData<string>();
        foreach (string name in CmdletNames)
        {
            data.Add(name);
        }
        return data;
    }

    internal static IReadOnlyList<string> CmdletNames => [.. ModuleCommands.ByName.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void HelpHasSynopsisDescriptionAndExamples(string cmdlet)
    {
        PSObject help = Assert.Single(_ps.Run("Get-Help $args[0] -Full", cmdlet).AssertNoErrors().Output);
        // Without MAML, Get-Help makes up a synopsis from the syntax ("Get-Container [[-Name] <string[]>] …").
        string synopsis = ((string)help.Properties["Synopsis"].Value).Trim();
        Assert.False(string.IsNullOrEmpty(synopsis), $"{cmdlet}: empty synopsis");
        Assert.DoesNotContain(cmdlet, synopsis, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(Text(help, "description"));
        object[] examples = _ps.Run("@((Get-Help $args[0] -Full).examples.example)", cmdlet).AssertNoErrors().Output.Select(o => o.BaseObject).ToArray();
        Assert.NotEmpty(examples);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void EveryParameterHasADescription(string cmdlet)
    {
        string[] parameters = [.. _ps.Run(
            "(Get-Command $args[0]).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }", cmdlet)
            .AssertNoErrors().Output.Select(o => (string)o.BaseObject)];
        Assert.NotEmpty(parameters);
        var described = _ps.Run(
            "(Get-Help $args[0] -Full).parameters.parameter | ForEach-Object { '{0}={1}' -f $_.name, ((@($_.description) | ForEach-Object Text) -join ' ').Trim() }", cmdlet)
            .AssertNoErrors().Output.Select(o => ((string)o.BaseObject).Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        string[] missing = [.. parameters.Where(p => !described.TryGetValue(p, out string? text) || text.Length == 0)];
        Assert.True(missing.Length == 0, $"{cmdlet}: no help for -{string.Join(", -", missing)}");
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void HelpListsInputsAndOutputs(string cmdlet)
    {
        string[] inputs = [.. _ps.Run("(Get-Help $args[0] -Full).inputTypes.inputType.type.name", cmdlet).AssertNoErrors().Output.Select(o => o.ToString())];
        string[] outputs = [.. _ps.Run("(Get-Help $args[0] -Full).returnValues.returnValue.type.name", cmdlet).AssertNoErrors().Output.Select(o => o.ToString())];
        string[] declared = [.. _ps.Run("(Get-Command $args[0]).OutputType.Name", cmdlet).AssertNoErrors().Output.Select(o => o.ToString()).Distinct()];
        Assert.NotEmpty(inputs);
        Assert.Equal(declared.Length == 0 ? ["None"] : declared.Order(StringComparer.Ordinal).ToArray(), outputs.Order(StringComparer.Ordinal).ToArray());
    }

    private static string Text(PSObject help, string property)
    {
        object? value = help.Properties[property]?.Value;
        object[] items = value as object[] ?? (value is null ? [] : [value]);
        return string.Join(" ", items.OfType<PSObject>().Select(p => p.Properties["Text"]?.Value?.ToString())).Trim();
    }
}
