<#
.SYNOPSIS
    The Containers language server side by side with dockerfile-language-server-nodejs 0.15 (bench/lsp/README.md):
    the same client (lsp-bench.mjs), the same seeded files, one run.
.PARAMETER Server
    The language server binary to measure (the NativeAOT build: out/lsp/linux-x64/Containers.LanguageServer).
.PARAMETER CacheDirectory
    Where dockerfile-language-server-nodejs is installed from npm (once).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Server,
    [string] $CacheDirectory = (Join-Path ([IO.Path]::GetTempPath()) 'containers-bench-lsp'),
    [string] $AnchorVersion = '0.15.0'
)

$ErrorActionPreference = 'Stop'
$anchor = Join-Path $CacheDirectory 'node_modules/dockerfile-language-server-nodejs/bin/docker-langserver'
if (-not (Test-Path $anchor)) {
    New-Item -ItemType Directory $CacheDirectory -Force | Out-Null
    & npm install --prefix $CacheDirectory --no-audit --no-fund --loglevel=error "dockerfile-language-server-nodejs@$AnchorVersion"
    if ($LASTEXITCODE) { throw "npm install dockerfile-language-server-nodejs@$AnchorVersion failed" }
}

$client = Join-Path $PSScriptRoot 'lsp-bench.mjs'
function Measure-Server([string] $Name, [string[]] $Command) {
    $json = & node $client $Name @Command
    if ($LASTEXITCODE) { throw "the bench client failed for $Name" }
    $json | ConvertFrom-Json
}

$ours = Measure-Server 'containers' @($Server, '--stdio', '--log-level', 'none')
$theirs = Measure-Server 'dockerfile-language-server-nodejs' @('node', $anchor, '--stdio')

$rows = @(
    @{ Measure = 'cold start → initialize response (ms, median of 5)'; Key = 'coldStartMs' }
    @{ Measure = 'idle RSS (MB)'; Key = 'idleRssMb' }
    @{ Measure = '6,000 lines: didOpen → diagnostics (ms)'; Key = 'openToDiagnosticsMs' }
    @{ Measure = '6,000 lines: semantic tokens/full (ms)'; Key = 'semanticTokensMs' }
    @{ Measure = '6,000 lines: one edit → its diagnostics (ms, median of 10)'; Key = 'editToDiagnosticsMs' }
    @{ Measure = '6,000 lines: analysis per edit, pull diagnostics (ms, median of 10)'; Key = 'pullAnalysisMs' }
    @{ Measure = '20 rapid edits: last edit → final diagnostics (ms)'; Key = 'burstToFinalDiagnosticsMs' }
    @{ Measure = '20 rapid edits: hover sent after them answered in (ms)'; Key = 'hoverDuringBurstMs' }
    @{ Measure = '20 rapid edits: diagnostics notifications sent'; Key = 'publishesAfterBurst' }
    @{ Measure = 'peak RSS (MB)'; Key = 'peakRssMb' }
)
$table = foreach ($row in $rows) {
    $a = $ours.($row.Key); $b = $theirs.($row.Key)
    [pscustomobject]@{
        Measure = $row.Measure
        Containers = if ($null -eq $a) { '–' } else { '{0:N1}' -f $a }
        'dockerfile-language-server-nodejs' = if ($null -eq $b) { '–' } else { '{0:N1}' -f $b }
        Ratio = if ($null -ne $a -and $null -ne $b -and $a -gt 0) { '{0:N1}×' -f ($b / $a) } else { '' }
    }
}
$table | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
Write-Host ("semantic tokens: {0} (ours) vs {1} (anchor)" -f $ours.semanticTokens, $theirs.semanticTokens)
[pscustomobject]@{ Containers = $ours; Anchor = $theirs }
