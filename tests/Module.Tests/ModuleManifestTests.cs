using Containers.Tests;

namespace Containers.Module.Tests;

public sealed class ModuleManifestTests : IClassFixture<PowerShellSession>
{
    private readonly PowerShellSession _ps;

    public ModuleManifestTests(PowerShellSession ps) => _ps = ps;

    [Fact]
    public void ExportsExactlyTheCmdletsTheDllDefines()
    {
        // Test-ModuleManifest does not compare CmdletsToExport with the dll; this does.
        string[] manifest = _ps.Run("(Import-PowerShellDataFile $args[0]).CmdletsToExport", RepoPaths.ModuleManifest).Objects<string>();
        string[] loaded = _ps.Run("(Get-Command -Module Containers -CommandType Cmdlet).Name").Objects<string>();
        string[] inDll = typeof(System.Management.Automation.Cmdlet).Assembly is var _ ?
            _ps.Run("[Containers.GetContainerCommand].Assembly.GetExportedTypes() | Where-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } | ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; '{0}-{1}' -f $a.VerbName, $a.NounName }").Objects<string>() : [];
        Assert.Equal(inDll.Order(), manifest.Order());
        Assert.Equal(inDll.Order(), loaded.Order());
    }

    [Fact]
    public void PassesTestModuleManifest()
    {
        PowerShellSession.Result result = _ps.Run("Test-ModuleManifest $args[0] | ForEach-Object { $_.Version.ToString() }", RepoPaths.ModuleManifest).AssertNoErrors();
        Assert.Equal(RepoPaths.Version, Assert.Single(result.Objects<string>()));
    }

    [Fact]
    public void EveryCmdletUsesAnApprovedVerb()
    {
        string[] unapproved = _ps.Run("$approved = (Get-Verb).Verb; Get-Command -Module Containers | Where-Object Verb -notin $approved | ForEach-Object Name").Objects<string>();
        Assert.Empty(unapproved);
    }

    [Fact]
    public void EveryCmdletTakesContextAndDockerHost()
    {
        // The Dockerfile cmdlets read files with the module's own analyzer and never talk to an engine, so an
        // engine to choose would be a parameter that does nothing (they derive from PSCmdlet, not ContainersCmdlet).
        // The context cmdlets edit the docker CLI's configuration and never connect either (New-ContainerContext's
        // -DockerHost is the endpoint it stores).
        string[] engineless = ["Test-Dockerfile", "Format-Dockerfile", "Get-ContainerContext", "New-ContainerContext", "Remove-ContainerContext", "Use-ContainerContext"];
        string[] missing = _ps.Run("Get-Command -Module Containers | Where-Object { -not ($_.Parameters.ContainsKey('Context') -and $_.Parameters.ContainsKey('DockerHost')) } | ForEach-Object Name").Objects<string>();
        Assert.Empty(missing.Except(engineless));
    }
}
