<#
.SYNOPSIS
    The build entry point: pwsh ./psake.ps1 <Task>[,<Task>…]
.DESCRIPTION
    psake is not served by the package feeds this project can reach, so the tasks are written for
    Invoke-Build (same idea: tasks in a .ps1), restored from NuGet on first use. Run without a task for
    the list. Main tasks:
      Build       lays out the loadable module folder out/Containers/<version>/
      Engine      makes sure a local Docker engine, the test images and a local registry are there
      Test        every test runner; writes results to out/test-results and prints "N passed, N failed"
      Package     out/packages: the module's .nupkg (Install-PSResource) and .zip, the extension's .vsix
      Bench       the side-by-side measurements in bench/ (ratios against the docker CLI)
#>
param(
    [Parameter(Position = 0)][string[]]$Tasks = '?',
    [ValidateSet('Debug', 'Release')][string]$Configuration = 'Release'
)

# Called directly: hand over to Invoke-Build, which dot-sources this file again to collect the tasks.
if (-not (Get-Variable -Name BuildFile -Scope Script -ErrorAction Ignore) -and $MyInvocation.InvocationName -ne '.') {
    $ErrorActionPreference = 'Stop'
    $invokeBuild = Join-Path $PSScriptRoot '.packages/invoke-build/5.14.23/tools/Invoke-Build.ps1'
    if (-not (Test-Path $invokeBuild)) {
        dotnet restore (Join-Path $PSScriptRoot 'tools/restore/tools.csproj') --nologo -v q | Out-Host
        if ($LASTEXITCODE) { throw 'Restoring Invoke-Build and Pester from NuGet failed.' }
    }
    & $invokeBuild -Task $Tasks -File $MyInvocation.MyCommand.Path -Configuration $Configuration
    return
}

$Root = $PSScriptRoot
$Version = (Get-Content (Join-Path $Root 'VERSION') -Raw).Trim()
$ModuleDir = Join-Path $Root "out/Containers/$Version"
$ResultsDir = Join-Path $Root 'out/test-results'
$Solution = Join-Path $Root 'Containers.slnx'

function Invoke-Runner([string]$Name, [scriptblock]$Command) {
    # A runner that fails still lets the others run; the summary counts its failures, or one failure
    # for the runner itself when it wrote no results (a crash must never look like success).
    Write-Build Cyan "── $Name"
    $before = @(Get-ChildItem $ResultsDir -File -ErrorAction Ignore).Count
    & $Command
    $code = $LASTEXITCODE
    $after = @(Get-ChildItem $ResultsDir -File -ErrorAction Ignore).Count
    if ($code -and $after -le $before) {
        Set-Content (Join-Path $ResultsDir "$Name.summary.json") -Value (@{ passed = 0; failed = 1; note = "$Name exited $code without results" } | ConvertTo-Json)
    }
}

function Get-ReleaseNotes {
    # The CHANGELOG.md section of the version being built: the text between '## <version>' and the next '## '.
    $lines = Get-Content (Join-Path $Root 'CHANGELOG.md')
    $start = [array]::IndexOf($lines, "## $Version")
    assert ($start -ge 0) "CHANGELOG.md has no '## $Version' section: say what this version changes before building it"
    $section = $lines[($start + 1)..($lines.Count - 1)]
    $next = @($section | Select-String -Pattern '^## ' | Select-Object -First 1)
    if ($next) { $section = $section[0..($next[0].LineNumber - 2)] }
    ($section -join "`n").Trim()
}

function Set-ReleaseNotes([string]$ManifestPath) {
    # Only the laid-out copy is rewritten: the source manifest keeps a pointer, so CHANGELOG.md stays the one place.
    $notes = (Get-ReleaseNotes).Replace("'", "''")
    $text = Get-Content $ManifestPath -Raw
    $pattern = "ReleaseNotes\s*=\s*'[^']*'"
    assert ($text -match $pattern) "$ManifestPath has no single-quoted ReleaseNotes to fill in"
    Set-Content $ManifestPath -NoNewline -Value ([regex]::Replace($text, $pattern, { param($m) "ReleaseNotes = '$notes'" }))
}

# Synopsis: Restore, compile and lay out the module folder out/Containers/<version>/.
task Build {
    exec { dotnet build $Solution -c $Configuration --nologo -v q -clp:NoSummary }
    Remove-Item $ModuleDir -Recurse -Force -ErrorAction Ignore
    exec { dotnet publish (Join-Path $Root 'module/Containers.PowerShell.csproj') -c $Configuration --no-build --nologo -v q -o $ModuleDir }
    Get-ChildItem $ModuleDir -Filter '*.pdb' | Remove-Item
    # Help (issue #12): MAML generated from the cmdlets' doc comments, plus the about_ topics; then the doc
    # files, only its inputs, go. A child pwsh, because it imports the module it documents.
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tools/help/New-ContainersHelp.ps1') -ModuleDir $ModuleDir -SourceDir (Join-Path $Root 'module/en-US') }
    # PowerShellStandard's reference assembly must never ship: pwsh has the real one.
    assert (-not (Test-Path (Join-Path $ModuleDir 'System.Management.Automation.dll'))) 'System.Management.Automation.dll leaked into the module folder'
    Set-ReleaseNotes (Join-Path $ModuleDir 'Containers.psd1')
    $manifest = Import-PowerShellDataFile (Join-Path $ModuleDir 'Containers.psd1')
    assert ($manifest.ModuleVersion -eq $Version) "Containers.psd1 says $($manifest.ModuleVersion), VERSION says $Version"
    Write-Build Green "Module: $ModuleDir"
}

# Synopsis: Make sure a Docker engine answers (starting Debian's dockerd as root if none does), the test images and a local registry.
task Engine {
    exec { bash (Join-Path $Root 'tools/ensure-engine.sh') --registry }
}

# Synopsis: Engine tests (xunit) against the real engine.
task TestEngine Build, Engine, {
    Invoke-Runner 'engine' { dotnet test (Join-Path $Root 'tests/Engine.Tests') -c $Configuration --no-build --nologo -v q --logger 'trx;LogFileName=engine.trx' --results-directory $ResultsDir }
}

# Synopsis: Module tests (xunit hosting PowerShell) against the real engine.
task TestModule Build, Engine, {
    Invoke-Runner 'module' { dotnet test (Join-Path $Root 'tests/Module.Tests') -c $Configuration --no-build --nologo -v q --logger 'trx;LogFileName=module.trx' --results-directory $ResultsDir }
}

# Synopsis: Pester tests in a real pwsh process against the real engine, including installing the .nupkg as a user would.
task TestPester Build, ModulePackage, Engine, {
    Invoke-Runner 'pester' { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/run-pester.ps1') -ModulePath (Join-Path $ModuleDir 'Containers.psd1') -OutputFile (Join-Path $ResultsDir 'pester.junit.xml') }
}

# The editor half: language server, VS Code extension, their tests (Server, Extension, Vsix, TestServer, TestExtension).
. (Join-Path $Root 'tools/tasks/editor.tasks.ps1')

# Synopsis: Remove old results so the summary counts only this run.
task CleanResults {
    Remove-Item $ResultsDir -Recurse -Force -ErrorAction Ignore
    New-Item -ItemType Directory $ResultsDir -Force | Out-Null
}

# Synopsis: Every test runner; then the summary (tools/summarize-tests.ps1 prints "N passed, N failed").
task Test CleanResults, TestEngine, TestModule, TestPester, TestServer, TestExtension

# Synopsis: out/packages/Containers.<version>.nupkg, the module as a PSResourceGet package (Install-PSResource installs it).
task ModulePackage Build, {
    $packages = New-Item -ItemType Directory (Join-Path $Root 'out/packages') -Force
    $nupkg = Join-Path $packages "Containers.$Version.nupkg"
    Remove-Item $nupkg -ErrorAction Ignore
    Compress-PSResource -Path $ModuleDir -DestinationPath $packages
    assert (Test-Path $nupkg) "Compress-PSResource wrote no $nupkg"
    Write-Build Green "Module package: $nupkg"
}

# Synopsis: Every release artifact in out/packages: the module's .nupkg and .zip, the extension's .vsix (AOT server inside).
task Package ModulePackage, Vsix, {
    $packages = New-Item -ItemType Directory (Join-Path $Root 'out/packages') -Force
    $zip = Join-Path $packages "Containers-$Version.zip"
    Remove-Item $zip -ErrorAction Ignore
    Compress-Archive -Path (Join-Path $Root 'out/Containers') -DestinationPath $zip
    Write-Build Green "Package: $zip"
}

# Synopsis: The Dockerfile language in the engine against dockerfile-utils' validate() and format() (bench/dockerfile/).
task BenchDockerfile {
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'bench/dockerfile/Measure-Dockerfile.ps1') }
}

# Synopsis: Side-by-side measurements (bench/): the module against the docker CLI.
task Bench Build, Engine, BenchServer, BenchDockerfile, {
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'bench/cmdlets/Measure-Cmdlets.ps1') -ModulePath (Join-Path $ModuleDir 'Containers.psd1') }
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'bench/build/Measure-Build.ps1') -ModulePath (Join-Path $ModuleDir 'Containers.psd1') }
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'bench/images/Measure-SaveLoad.ps1') -ModulePath (Join-Path $ModuleDir 'Containers.psd1') }
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'bench/streams/Measure-Streams.ps1') -ModulePath (Join-Path $ModuleDir 'Containers.psd1') }
}

# Synopsis: Remove build output.
task Clean {
    Remove-Item (Join-Path $Root 'out') -Recurse -Force -ErrorAction Ignore
    exec { dotnet clean $Solution --nologo -v q }
}

task . Build
