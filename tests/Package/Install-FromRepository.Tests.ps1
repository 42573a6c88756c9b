# Installing the module the way users will (issue #12): the .nupkg the Package task builds is published
# (Publish-PSResource) to a file-system PSResourceGet repository, installed with Install-PSResource into a fresh home, and used from a
# new pwsh that finds it by name on its default module path: help offline, a real command against the engine.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../Module.Tests/TestHelpers.psm1') -Force
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $version = (Get-Content (Join-Path $root 'VERSION') -Raw).Trim()
    $package = Join-Path $root "out/packages/Containers.$version.nupkg"
    if (-not (Test-Path $package)) { throw "No ${package}: run 'pwsh ./psake.ps1 ModulePackage' first (TestPester depends on it)." }

    $sandbox = New-Item -ItemType Directory (Join-Path ([IO.Path]::GetTempPath()) "containers-install-$([guid]::NewGuid().ToString('n').Substring(0, 8))")
    $repository = New-Item -ItemType Directory (Join-Path $sandbox 'repository')
    $userHome = New-Item -ItemType Directory (Join-Path $sandbox 'home')

    # A pwsh as a user on a machine that never saw this module: its own HOME (so its own user module path
    # and PSResourceGet settings) and no PSModulePath inherited from the test host.
    function Invoke-UserPwsh([string]$Script) {
        $saved = @{ HOME = $env:HOME; PSModulePath = $env:PSModulePath; CONTAINERS_MODULE_PATH = $env:CONTAINERS_MODULE_PATH }
        try {
            $env:HOME = $userHome.FullName
            $env:PSModulePath = $null
            $env:CONTAINERS_MODULE_PATH = $null
            $output = pwsh -NoProfile -NonInteractive -Command $Script 2>&1
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
        }
        finally {
            foreach ($name in $saved.Keys) { Set-Item "env:$name" -Value $saved[$name] }
        }
    }

    $install = Invoke-UserPwsh @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name ContainersLocal -Uri '$($repository.FullName)' -Trusted
Publish-PSResource -NupkgPath '$package' -Repository ContainersLocal
`$found = Find-PSResource -Name Containers -Repository ContainersLocal
'found:' + (@{ Version = `$found.Version.ToString(); Tags = `$found.Tags; ProjectUri = "`$(`$found.ProjectUri)"; LicenseUri = "`$(`$found.LicenseUri)"; ReleaseNotes = `$found.ReleaseNotes } | ConvertTo-Json -Compress)
Install-PSResource -Name Containers -Repository ContainersLocal -Scope CurrentUser
'installed:' + (Get-InstalledPSResource -Name Containers).InstalledLocation
"@
    function Get-Tagged([object]$Result, [string]$Tag) {
        $line = $Result.Output | Where-Object { $_.StartsWith("${Tag}:") } | Select-Object -First 1
        if ($line) { $line.Substring($Tag.Length + 1) }
    }
}
AfterAll {
    Remove-Item $sandbox -Recurse -Force -ErrorAction Ignore
}

Describe 'Installing Containers from a PSResourceGet repository' {
    It 'installs into the user module path of a fresh home' {
        $install.ExitCode | Should -Be 0 -Because ($install.Output -join "`n")
        Get-Tagged $install 'installed' | Should -Be (Join-Path $userHome '.local/share/powershell/Modules')
        Join-Path $userHome ".local/share/powershell/Modules/Containers/$version/Containers.dll" | Should -Exist
    }

    It 'describes itself in the repository with the version, tags, links and the changelog of this version' {
        $found = Get-Tagged $install 'found' | ConvertFrom-Json
        $found.Version | Should -Be $version
        $found.Tags | Should -Contain 'docker'
        $extension = Get-Content (Join-Path $root 'vscode-extension/package.json') -Raw | ConvertFrom-Json
        $found.ProjectUri | Should -Be $extension.repository.url.Replace('.git', '')
        $found.LicenseUri | Should -Match 'LICENSE$'
        # The section of CHANGELOG.md for this version, not the pointer the source manifest keeps.
        $changelog = Get-Content (Join-Path $root 'CHANGELOG.md') -Raw
        $firstLine = ($found.ReleaseNotes -split "`n")[0].Trim()
        $firstLine | Should -Not -BeNullOrEmpty
        $changelog | Should -Match ("## $([regex]::Escape($version))\s+" + [regex]::Escape($firstLine))
    }

    It 'is found by name in a new pwsh, with its help offline and every exported cmdlet' {
        $use = Invoke-UserPwsh @'
$ErrorActionPreference = 'Stop'
Import-Module Containers
'base:' + (Get-Module Containers).ModuleBase
'cmdlets:' + @(Get-Command -Module Containers -CommandType Cmdlet).Count
'examples:' + @((Get-Help Get-Container -Examples).examples.example).Count
'synopsis:' + (Get-Help Get-Container).Synopsis
'parameter:' + (Get-Help Get-Container -Parameter All).description.Text
'@
        $use.ExitCode | Should -Be 0 -Because ($use.Output -join "`n")
        Get-Tagged $use 'base' | Should -Be (Join-Path $userHome ".local/share/powershell/Modules/Containers/$version")
        $exported = (Import-PowerShellDataFile (Join-Path $root 'Containers.psd1')).CmdletsToExport
        [int](Get-Tagged $use 'cmdlets') | Should -Be $exported.Count
        [int](Get-Tagged $use 'examples') | Should -BeGreaterThan 0
        # Without MAML the synopsis would be the generated syntax line; with it, prose from the doc comments.
        Get-Tagged $use 'synopsis' | Should -Not -Match '^\s*Get-Container \['
        Get-Tagged $use 'parameter' | Should -Not -BeNullOrEmpty
    }

    It 'runs a real command against the engine from the installed copy' {
        $run = New-TestRun
        try {
            $id = Start-TestContainer $run 'installed'
            $use = Invoke-UserPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module Containers
`$found = @(Get-Container -Label '$($run.Label)')
'count:' + `$found.Count
'id:' + `$found[0].Id
'from:' + `$found[0].GetType().Assembly.Location
"@
            $use.ExitCode | Should -Be 0 -Because ($use.Output -join "`n")
            Get-Tagged $use 'count' | Should -Be '1'
            Get-Tagged $use 'id' | Should -Be $id
            Get-Tagged $use 'from' | Should -BeLike (Join-Path $userHome '*')
        }
        finally {
            Remove-TestRun $run
        }
    }
}
