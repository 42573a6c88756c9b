<#
.SYNOPSIS
    The engine's Dockerfile parse + analyze and format side by side with dockerfile-utils' validate() and format()
    under node (bench/dockerfile/README.md): the same seeded 6,000-line file, one run, ratios.
.PARAMETER Lines
    Length of the generated Dockerfile.
.PARAMETER Iterations
    Timed runs per measure, after warm-up; the medians are reported.
.PARAMETER CacheDirectory
    Where dockerfile-utils is installed from npm (once).
#>
[CmdletBinding()]
param(
    [int] $Lines = 6000,
    [int] $Iterations = 30,
    [string] $CacheDirectory = (Join-Path ([IO.Path]::GetTempPath()) 'containers-bench-dockerfile'),
    [string] $AnchorVersion = '0.16.3'
)

$ErrorActionPreference = 'Stop'
$anchor = Join-Path $CacheDirectory 'node_modules/dockerfile-utils'
if (-not (Test-Path (Join-Path $anchor 'package.json'))) {
    New-Item -ItemType Directory $CacheDirectory -Force | Out-Null
    & npm install --prefix $CacheDirectory --no-audit --no-fund --loglevel=error "dockerfile-utils@$AnchorVersion"
    if ($LASTEXITCODE) { throw "npm install dockerfile-utils@$AnchorVersion failed" }
}

# Ours runs in Release (what ships), JIT-compiled and warmed up; the project is not in the solution, so build it here.
$project = Join-Path $PSScriptRoot 'DockerfileBench/DockerfileBench.csproj'
$output = Join-Path $CacheDirectory 'DockerfileBench'
& dotnet build $project -c Release -o $output --nologo -v q | Out-Host
if ($LASTEXITCODE) { throw 'building DockerfileBench failed' }
$bench = Join-Path $output 'DockerfileBench.dll'

$file = Join-Path $CacheDirectory "bench-$Lines.Dockerfile"
& dotnet $bench generate $file $Lines
if ($LASTEXITCODE) { throw 'generating the Dockerfile failed' }

$ours = & dotnet $bench measure $file $Iterations | ConvertFrom-Json
if ($LASTEXITCODE) { throw 'DockerfileBench measure failed' }
$theirs = & node (Join-Path $PSScriptRoot 'dockerfile-utils-bench.mjs') $anchor $file $Iterations | ConvertFrom-Json
if ($LASTEXITCODE) { throw 'dockerfile-utils-bench.mjs failed' }
$load = (Get-Content /proc/loadavg -ErrorAction Ignore) -split ' ' | Select-Object -First 3

function Row([string] $Measure, $Ours, $Theirs, [string] $Unit = 'ms') {
    [pscustomobject]@{
        Measure = $Measure
        Containers = if ($null -eq $Ours) { '–' } else { '{0:N1} {1}' -f $Ours, $Unit }
        'dockerfile-utils' = if ($null -eq $Theirs) { '–' } else { '{0:N1} {1}' -f $Theirs, $Unit }
        Ratio = if ($null -ne $Ours -and $null -ne $Theirs -and $Ours -gt 0) { '{0:N1}×' -f ($Theirs / $Ours) } else { '' }
    }
}

$table = @(
    Row 'parse + analyze (median, wall clock)' $ours.parseAnalyzeMs $theirs.validateMs
    Row 'parse + analyze (median, CPU time)' $ours.parseAnalyzeCpuMs $theirs.validateCpuMs
    Row 'format (parse + format, median, wall clock)' $ours.parseFormatMs $theirs.formatMs
    Row 'format (parse + format, median, CPU time)' $ours.parseFormatCpuMs $theirs.formatCpuMs
    Row '  of which parse (median, CPU time)' $ours.parseCpuMs $null
    Row '  of which semantic model (median, CPU time)' $ours.semanticModelCpuMs $null
    Row '  of which rules (median, CPU time)' $ours.rulesCpuMs $null
    Row 'allocated per parse + analyze' ($ours.parseAnalyzeAllocatedBytes / 1MB) $null 'MB'
    Row 'one keystroke: incremental re-parse (median, CPU time)' $ours.reparseCpuMs $null
    Row 'one keystroke: re-parse + analyze (median, CPU time)' $ours.reparseAnalyzeCpuMs $null
    Row 'one keystroke: full parse + analyze (median, CPU time)' $ours.editFullParseAnalyzeCpuMs $null
    Row 'allocated per incremental re-parse' ($ours.reparseAllocatedBytes / 1MB) $null 'MB'
    Row 'kept per open document (text, tree, semantic model, diagnostics)' ($ours.snapshotRetainedBytes / 1MB) $null 'MB'
    Row 'diagnostics on the file (valid: 0 expected)' $ours.diagnostics $theirs.problems ''
)
Write-Host ("{0:N0}-line Dockerfile, {1} timed runs each after warm-up; load average {2}" -f $ours.lines, $Iterations, ($load -join ' '))
$table | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
[pscustomobject]@{ Containers = $ours; Anchor = $theirs; LoadAverage = $load }
