<#
.SYNOPSIS
    The Containers language server side by side with dockerfile-language-server-nodejs 0.15 (bench/lsp/README.md):
    the same client (lsp-bench.mjs), the same seeded files, one run.
.PARAMETER Server
    The language server binary to measure (the NativeAOT build: out/lsp/linux-x64/Containers.LanguageServer).
.PARAMETER CacheDirectory
    Where dockerfile-language-server-nodejs is installed from npm (once) and the startup floor
    (StartupFloor/, NativeAOT) is published (again when its source is newer).
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

# The floor: what any NativeAOT process answering initialize over stdio costs on this machine (README.md "Start-up").
$floorSource = Join-Path $PSScriptRoot 'StartupFloor'
$floorDir = Join-Path $CacheDirectory 'startup-floor'
$floor = Join-Path $floorDir 'StartupFloor'
$newestSource = (Get-ChildItem $floorSource -File | Measure-Object LastWriteTimeUtc -Maximum).Maximum
if (-not (Test-Path $floor) -or (Get-Item $floor).LastWriteTimeUtc -lt $newestSource) {
    & dotnet publish $floorSource -c Release -r linux-x64 --nologo -v q -clp:NoSummary -o $floorDir | Out-Host
    if ($LASTEXITCODE) { throw 'publishing the startup floor failed' }
}

$client = Join-Path $PSScriptRoot 'lsp-bench.mjs'
function Measure-Server([string] $Name, [string[]] $Command) {
    $json = & node $client $Name @Command
    if ($LASTEXITCODE) { throw "the bench client failed for $Name" }
    $json | ConvertFrom-Json
}

$loadBefore = (Get-Content /proc/loadavg -Raw).Split(' ')[0..2] -join ' '
$base = Measure-Server 'startup floor' @('--startup-only', $floor)
$ours = Measure-Server 'containers' @($Server, '--stdio', '--log-level', 'none')
$theirs = Measure-Server 'dockerfile-language-server-nodejs' @('node', $anchor, '--stdio')
$loadAfter = (Get-Content /proc/loadavg -Raw).Split(' ')[0..2] -join ' '

$rows = @(
    @{ Measure = 'cold start → initialize response (ms, median of 11)'; Key = 'coldStartMs' }
    @{ Measure = 'cold start, best of 11 (ms)'; Key = 'coldStartBestMs' }
    @{ Measure = 'cold start from exec → initialize response, no client fork (ms, median of 11)'; Key = 'execToInitializeMs' }
    @{ Measure = 'cold start: server CPU time until the response (ms, median)'; Key = 'coldStartCpuMs' }
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
Write-Host ("startup floor (NativeAOT process answering initialize, same client): cold start {0:N1} ms (best {1:N1}; from exec {2:N1}), CPU {3:N1} ms, idle RSS {4:N1} MB; ours is {5:N1}× / {6:N1}× / {7:N1}× / {8:N1}× the floor" -f
    $base.coldStartMs, $base.coldStartBestMs, $base.execToInitializeMs, $base.coldStartCpuMs, $base.idleRssMb,
    ($ours.coldStartMs / $base.coldStartMs), ($ours.execToInitializeMs / $base.execToInitializeMs), ($ours.coldStartCpuMs / $base.coldStartCpuMs), ($ours.idleRssMb / $base.idleRssMb))
Write-Host "load average: $loadBefore before, $loadAfter after (figures under load are not comparable: see README.md)"
[pscustomobject]@{ Containers = $ours; Anchor = $theirs; Floor = $base; LoadAverage = @($loadBefore, $loadAfter) }
