<#
.SYNOPSIS
    Editor tasks (issue 3), dot-sourced by psake.ps1: the NativeAOT language server, the VS Code extension
    and its .vsix, and their test runners.
      Server         dotnet publish -r linux-x64 with NativeAOT into out/lsp/linux-x64 (incremental)
      Extension      npm ci when the lock file changed, type check, lint, bundle
      Vsix           out/packages/containers-<version>.vsix with the AOT server inside
      TestServer     tests/LanguageServer.Tests over stdio, framework-dependent and AOT builds
      TestExtension  extension tests in real VS Code (tests/vscode-e2e: code-server + headless Chromium)
      BenchServer    bench/lsp: the AOT server against dockerfile-language-server-nodejs 0.15, one client, one run
#>

$LspProject = Join-Path $Root 'lsp/Containers.LanguageServer.csproj'
$LspAotDir = Join-Path $Root 'out/lsp/linux-x64'
$LspAotBinary = Join-Path $LspAotDir 'Containers.LanguageServer'
$ExtensionDir = Join-Path $Root 'vscode-extension'
$VsixPath = Join-Path $Root "out/packages/containers-$Version.vsix"

# Synopsis: Publish the language server with NativeAOT for linux-x64 (ILC reruns only when its inputs change).
task Server {
    exec { dotnet publish $LspProject -c $Configuration -r linux-x64 --nologo -v q -clp:NoSummary -o $LspAotDir }
    assert (Test-Path $LspAotBinary) "NativeAOT publish produced no $LspAotBinary"
    Write-Build Green "Language server (NativeAOT): $LspAotBinary"
}

# Synopsis: Install the extension's npm packages (only when package-lock.json changed), type check, lint and bundle it.
task Extension {
    Push-Location $ExtensionDir
    try {
        # npm ci wipes node_modules; skip it while the lock file is the one node_modules was made from.
        $stamp = Join-Path $ExtensionDir 'node_modules/.containers-lock-hash'
        $lockHash = (Get-FileHash (Join-Path $ExtensionDir 'package-lock.json')).Hash
        if (-not (Test-Path $stamp) -or (Get-Content $stamp -Raw).Trim() -ne $lockHash) {
            exec { npm ci --no-audit --no-fund --loglevel=error }
            Set-Content $stamp $lockHash
        }
        exec { npm run --silent typecheck }
        exec { npm run --silent lint }
        exec { npm run --silent build }
    }
    finally {
        Pop-Location
    }
}

# Synopsis: Package the extension with the NativeAOT server inside: out/packages/containers-<version>.vsix.
task Vsix Server, Extension, {
    $package = Get-Content (Join-Path $ExtensionDir 'package.json') -Raw | ConvertFrom-Json
    assert ($package.version -eq $Version) "vscode-extension/package.json says $($package.version), VERSION says $Version"
    $serverDir = New-Item -ItemType Directory (Join-Path $ExtensionDir 'server') -Force
    Copy-Item $LspAotBinary $serverDir -Force
    # One licence and one changelog for the product; the marketplace page shows both from the .vsix.
    Copy-Item (Join-Path $Root 'LICENSE'), (Join-Path $Root 'CHANGELOG.md') $ExtensionDir -Force
    New-Item -ItemType Directory (Split-Path $VsixPath) -Force | Out-Null
    Push-Location $ExtensionDir
    try {
        exec { npx --no-install vsce package --no-dependencies -o $VsixPath | Out-Null }
    }
    finally {
        Pop-Location
    }
    Write-Build Green "Extension: $VsixPath"
}

# Synopsis: Language server tests: the real server process over stdio, framework-dependent and NativeAOT.
task TestServer Build, Server, {
    # Set, so a missing AOT binary fails the tests instead of leaving its cases out.
    $env:CONTAINERS_LSP_AOT = $LspAotBinary
    try {
        Invoke-Runner 'language-server' { dotnet test (Join-Path $Root 'tests/LanguageServer.Tests') -c $Configuration --no-build --nologo -v q --logger 'trx;LogFileName=language-server.trx' --results-directory $ResultsDir }
    }
    finally {
        Remove-Item Env:CONTAINERS_LSP_AOT -ErrorAction Ignore
    }
}

# Synopsis: Extension tests inside real VS Code (code-server + headless Chromium), with the packaged .vsix.
task TestExtension Vsix, {
    Invoke-Runner 'vscode-e2e' { bash (Join-Path $Root 'tests/vscode-e2e/run.sh') $VsixPath (Join-Path $ExtensionDir 'out/test') (Join-Path $ResultsDir 'vscode-e2e.junit.xml') }
}

# Synopsis: The NativeAOT language server against dockerfile-language-server-nodejs 0.15 (bench/lsp), same client, one run.
task BenchServer Server, {
    exec { pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'bench/lsp/Measure-LanguageServer.ps1') -Server $LspAotBinary -CacheDirectory (Join-Path $Root 'out/bench-cache/lsp') | Out-Null }
}
