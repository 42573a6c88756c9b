<#
.SYNOPSIS
    Build context of 20,000 small files + one 500 MB file: Build-ContainerImage against
    DOCKER_BUILDKIT=0 docker build, same context, same run; prints times, ratios and pwsh's memory growth.
    See README.md beside this file for what is compared and why.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [int]$SmallFiles = 20000,
    [int]$BigFileMB = 500,
    [int]$Rounds = 2,
    [int]$Seed = 5
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
$run = [guid]::NewGuid().ToString('N').Substring(0, 8)
$label = "containers.bench=$run"
$root = Join-Path ([IO.Path]::GetTempPath()) "containers-bench-build-$run"

# The context: seeded content, 100 files per directory, sizes 64 B – 4 KiB, plus one big file of seeded bytes.
$random = [Random]::new($Seed)
$null = New-Item -ItemType Directory $root
$buffer = [byte[]]::new(4096)
for ($i = 0; $i -lt $SmallFiles; $i++) {
    $dir = Join-Path $root ('src/d{0:D3}' -f [int][math]::Floor($i / 100))
    if ($i % 100 -eq 0) { $null = New-Item -ItemType Directory $dir -Force }
    $random.NextBytes($buffer)
    $size = $random.Next(64, 4097)
    $file = [IO.File]::Create((Join-Path $dir "f$i.txt"))
    try { $file.Write($buffer, 0, $size) } finally { $file.Dispose() }
}
$block = [byte[]]::new(1MB)
$big = [IO.File]::Create((Join-Path $root 'big.bin'))
try { for ($i = 0; $i -lt $BigFileMB; $i++) { $random.NextBytes($block); $big.Write($block, 0, $block.Length) } } finally { $big.Dispose() }
# No COPY: the build itself is two metadata steps, so the times are about the context.
Set-Content (Join-Path $root 'Dockerfile') "FROM containers-test/busybox:latest`nLABEL $label`n"
$contextBytes = (Get-ChildItem $root -Recurse -File | Measure-Object Length -Sum).Sum

# docker CLI, classic builder: "Step 1/" is printed once the daemon has the whole context.
function Measure-Cli {
    $info = [Diagnostics.ProcessStartInfo]::new('docker')
    foreach ($a in 'build', '--no-cache', '--label', $label, $root) { $info.ArgumentList.Add($a) }
    $info.Environment['DOCKER_BUILDKIT'] = '0'
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($info)
    $stderr = $process.StandardError.ReadToEndAsync()
    $sent = $null
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        if ($null -eq $sent -and $line.StartsWith('Step 1/')) { $sent = $watch.Elapsed.TotalSeconds }
    }
    $process.WaitForExit()
    if ($process.ExitCode) { throw "docker build failed: $($stderr.Result)" }
    [pscustomobject]@{ Sent = $sent; Total = $watch.Elapsed.TotalSeconds }
}

# Build-ContainerImage in a fresh pwsh: the same "Step 1/" line, from the information stream as it is written,
# and the process's peak resident memory during the build against its resident memory just before
# (/proc/self/clear_refs "5" resets the kernel's peak counter).
$child = @'
param($ModulePath, $Context)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
$null = Get-ContainerEngine
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
function Get-Kb($name) { [long](((Get-Content /proc/self/status) -match "^${name}:")[0] -replace '\D', '') }
$refs = [IO.FileStream]::new('/proc/self/clear_refs', [IO.FileMode]::Open, [IO.FileAccess]::Write); $refs.Write([byte[]](0x35), 0, 1); $refs.Dispose()
$before = Get-Kb VmRSS
$watch = [Diagnostics.Stopwatch]::StartNew()
$sent = $null
Build-ContainerImage $Context -NoCache 6>&1 | ForEach-Object {
    if ($null -eq $sent -and $_ -is [Management.Automation.InformationRecord] -and "$($_.MessageData)".StartsWith('Step 1/')) { $sent = $watch.Elapsed.TotalSeconds }
}
$total = $watch.Elapsed.TotalSeconds
$peak = Get-Kb VmHWM
[pscustomobject]@{ Sent = $sent; Total = $total; GrowthMB = ($peak - $before) / 1024 } | ConvertTo-Json -Compress
'@
$childScript = Join-Path $root '.bench-child.ps1'
Set-Content $childScript $child
Add-Content (Join-Path $root '.dockerignore') '.bench-child.ps1'
function Measure-Ours {
    $json = pwsh -NoProfile -NonInteractive -File $childScript -ModulePath $ModulePath -Context $root
    if ($LASTEXITCODE) { throw "Build-ContainerImage failed: $json" }
    $json | Select-Object -Last 1 | ConvertFrom-Json
}

try {
    $rows = for ($r = 1; $r -le $Rounds; $r++) {
        # Alternate who goes first, so neither always gets the warmer page cache.
        if ($r % 2) { $o = Measure-Ours; $c = Measure-Cli } else { $c = Measure-Cli; $o = Measure-Ours }
        [pscustomobject]@{
            Round = $r
            'Ours sent (s)' = [math]::Round($o.Sent, 2); 'CLI sent (s)' = [math]::Round($c.Sent, 2); 'Sent ratio' = [math]::Round($o.Sent / $c.Sent, 2)
            'Ours total (s)' = [math]::Round($o.Total, 2); 'CLI total (s)' = [math]::Round($c.Total, 2); 'Total ratio' = [math]::Round($o.Total / $c.Total, 2)
            'pwsh growth (MB)' = [math]::Round($o.GrowthMB, 1)
        }
    }
    "Context: $SmallFiles small files + $BigFileMB MB file, $([math]::Round($contextBytes / 1MB)) MB in all (ratio < 1: Build-ContainerImage is faster)"
    $rows | Format-Table -AutoSize | Out-String -Width 200
    $worst = ($rows | Measure-Object 'pwsh growth (MB)' -Maximum).Maximum
    "pwsh peak memory growth during the build: $worst MB (limit 64 MB): $(if ($worst -lt 64) { 'OK' } else { 'OVER' })"
}
finally {
    $images = docker images -aq --no-trunc --filter "label=$label" | Select-Object -Unique
    # Removing an image also removes its untagged parents, so some ids are gone by their turn: ignore those.
    if ($images) { docker rmi -f $images 2>&1 | Out-Null }
    Remove-Item $root -Recurse -Force
}
