<#
.SYNOPSIS
    Measures the cmdlets side by side with the docker CLI path and the raw API call; prints ratios.
    See README.md beside this file for what is compared and why.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [int[]]$Counts = @(10, 200),
    [int]$Iterations = 25,
    [int]$Warmup = 5,
    [int]$ImportRuns = 9,
    [string]$Socket = '/var/run/docker.sock',
    [int]$RemoveCount = 200,
    [int]$RemoveRounds = 3
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path

function Get-Median([double[]]$Values) {
    $sorted = $Values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[($n - 1) / 2] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

function Measure-Median([scriptblock]$Action) {
    for ($i = 0; $i -lt $Warmup; $i++) { $null = & $Action }
    $times = for ($i = 0; $i -lt $Iterations; $i++) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $null = & $Action
        $watch.Elapsed.TotalMilliseconds
    }
    Get-Median $times
}

# 1. Import time: fresh processes, as a user opening a new shell.
$importTimes = for ($i = 0; $i -lt $ImportRuns; $i++) {
    [double](pwsh -NoProfile -NonInteractive -Command "(Measure-Command { Import-Module '$ModulePath' }).TotalMilliseconds")
}
$pwshTimes = for ($i = 0; $i -lt 5; $i++) { (Measure-Command { pwsh -NoProfile -NonInteractive -Command 'exit' }).TotalMilliseconds }

Import-Module $ModulePath
$apiVersion = (Get-ContainerEngine).ApiVersion
$run = [guid]::NewGuid().ToString('N').Substring(0, 8)
$label = "containers.bench=$run"
$rows = @()
try {
    $created = 0
    foreach ($count in ($Counts | Sort-Object)) {
        while ($created -lt $count) {
            docker create --label $label containers-test/busybox:latest true | Out-Null
            if ($LASTEXITCODE) { throw 'docker create failed' }
            $created++
        }
        $total = @(Get-Container -All).Count
        $ours = Measure-Median { Get-Container -All }
        $cli = Measure-Median { docker ps -a --format json | ConvertFrom-Json }
        $curl = Measure-Median { curl -s --unix-socket $Socket "http://docker/v$apiVersion/containers/json?all=1" }
        $curlOwn = Get-Median (1..$Iterations | ForEach-Object {
            [double](curl -s -o /dev/null -w '%{time_total}' --unix-socket $Socket "http://docker/v$apiVersion/containers/json?all=1") * 1000 })
        $rows += [pscustomobject]@{
            Containers = $total
            'Get-Container -All (ms)' = [math]::Round($ours, 2)
            'docker ps | ConvertFrom-Json (ms)' = [math]::Round($cli, 2)
            'curl spawned (ms)' = [math]::Round($curl, 2)
            'curl time_total (ms)' = [math]::Round($curlOwn, 2)
            'CLI / ours' = [math]::Round($cli / $ours, 1)
            'ours / curl spawned' = [math]::Round($ours / $curl, 2)
        }
    }
}
finally {
    $ids = docker ps -aq --filter "label=$label"
    if ($ids) { docker rm -f @ids | Out-Null }
}

# 3. Removing many stopped containers: the pipeline against one `docker rm` with all the ids.
function New-StoppedContainers([int]$Count, [string]$Label) {
    for ($i = 0; $i -lt $Count; $i++) {
        docker create --label $Label containers-test/busybox:latest true | Out-Null
        if ($LASTEXITCODE) { throw 'docker create failed' }
    }
}
$removeRows = for ($round = 1; $round -le $RemoveRounds; $round++) {
    $label = "containers.bench=rm-$run-$round"
    New-StoppedContainers $RemoveCount $label
    $ids = docker ps -aq --no-trunc --filter "label=$label"
    $cliTime = (Measure-Command { docker rm @ids | Out-Null }).TotalMilliseconds
    New-StoppedContainers $RemoveCount $label
    $containers = Get-Container -All -Label $label
    $oursTime = (Measure-Command { $containers | Remove-Container -Confirm:$false }).TotalMilliseconds
    $left = @(docker ps -aq --filter "label=$label").Count
    if ($left) { throw "$left containers were not removed" }
    [pscustomobject]@{ Round = $round; 'docker rm (ms)' = [math]::Round($cliTime); 'Remove-Container pipeline (ms)' = [math]::Round($oursTime); 'ours / CLI' = [math]::Round($oursTime / $cliTime, 2) }
}

"Import-Module Containers: median {0:N1} ms over {1} fresh pwsh processes (pwsh -NoProfile -c exit alone: median {2:N0} ms)" -f (Get-Median $importTimes), $ImportRuns, (Get-Median $pwshTimes)
''
'Listing containers, same warm session, median of {0} runs:' -f $Iterations
$rows | Format-Table -AutoSize | Out-String -Width 250
''
"Removing $RemoveCount stopped containers: \`$containers | Remove-Container (ThrottleLimit 8) vs one 'docker rm' with the same ids:"
$removeRows | Format-Table -AutoSize | Out-String -Width 250
