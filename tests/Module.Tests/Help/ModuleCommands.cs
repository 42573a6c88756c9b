using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Containers.Tests;

namespace Containers.Module.Tests.Help;

/// <summary>
/// The cmdlets the built module exports, by name, read once from a runspace of its own: member data is built
/// before class fixtures exist.
/// </summary>
internal static class ModuleCommands
{
    private static readonly Lazy<IReadOnlyDictionary<string, CommandInfo>> s_commands = new(Load);

    public static IReadOnlyDictionary<string, CommandInfo> ByName => s_commands.Value;

    private static Dictionary<string, CommandInfo> Load()
    {
        InitialSessionState state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([RepoPaths.ModuleManifest]);
        using Runspace runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = runspace;
        return ps.AddScript("Get-Command -Module Containers -CommandType Cmdlet").Invoke()
            .Select(o => (CommandInfo)o.BaseObject)
            .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    }
}
