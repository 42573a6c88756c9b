<#
.SYNOPSIS
    Measures the stream cmdlets against what users would use instead; prints ratios from one run.
    See README.md beside this file for what is compared and why.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [int]$LogLines = 1000000,
    [int]$LogRuns = 3,
    [int]$ExecIterations = 30,
    [int]$Warmup = 5,
    [string]$Socket = '/var/run/docker.sock'
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path

function Get-Median([double[]]$Values) {
    $sorted = $Values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[($n - 1) / 2] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

function Measure-Median([int]$Runs, [int]$Warm, [scriptblock]$Action) {
    for ($i = 0; $i -lt $Warm; $i++) { $null = & $Action }
    Get-Median @(for ($i = 0; $i -lt $Runs; $i++) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $null = & $Action
        $watch.Elapsed.TotalMilliseconds
    })
}

Import-Module $ModulePath
$apiVersion = (Get-ContainerEngine).ApiVersion
$run = [guid]::NewGuid().ToString('N').Substring(0, 8)
$label = "containers.bench=$run"
try {
    # 1. Logs: a container that wrote N lines, read whole into the pipeline and counted.
    $logs = docker run -d --network none --label $label containers-test/busybox:latest seq 1 $LogLines
    if ($LASTEXITCODE) { throw 'docker run failed' }
    docker wait $logs | Out-Null
    $oursCount = (Get-ContainerLog $logs | Measure-Object).Count
    $cliCount = (docker logs $logs | Measure-Object).Count
    if ($oursCount -ne $LogLines -or $cliCount -ne $LogLines) { throw "line counts differ: ours $oursCount, docker logs $cliCount, expected $LogLines" }
    $oursLogs = Measure-Median $LogRuns 1 { (Get-ContainerLog $logs | Measure-Object).Count }
    $cliLogs = Measure-Median $LogRuns 1 { (docker logs $logs | Measure-Object).Count }

    # 2. Exec round trip of `echo hi` in a running container.
    $exec = docker run -d --network none --label $label containers-test/busybox:latest sleep 3600
    if ($LASTEXITCODE) { throw 'docker run failed' }
    if ((Invoke-ContainerCommand $exec echo hi) -ne 'hi') { throw 'Invoke-ContainerCommand did not echo' }
    $oursExec = Measure-Median $ExecIterations $Warmup { Invoke-ContainerCommand $exec echo hi }
    $cliExec = Measure-Median $ExecIterations $Warmup { docker exec $exec echo hi }
    $base = "http://docker/v$apiVersion"
    $curlSequence = {
        $id = (curl -s --unix-socket $Socket -H 'Content-Type: application/json' -d '{"AttachStdout":true,"AttachStderr":true,"Cmd":["echo","hi"]}' "$base/containers/$exec/exec" | ConvertFrom-Json).Id
        $null = curl -s --unix-socket $Socket -H 'Content-Type: application/json' -d '{"Detach":false,"Tty":false}' "$base/exec/$id/start" --output -
        $null = curl -s --unix-socket $Socket "$base/exec/$id/json"
    }
    $curlExec = Measure-Median $ExecIterations $Warmup $curlSequence
    # curl's own time (connect to last byte) for the three calls, without process start: the daemon's floor.
    $curlOwn = Get-Median @(for ($i = 0; $i -lt $ExecIterations; $i++) {
        $created = curl -s --unix-socket $Socket -H 'Content-Type: application/json' -d '{"AttachStdout":true,"AttachStderr":true,"Cmd":["echo","hi"]}' -w "`n%{time_total}" "$base/containers/$exec/exec"
        $id = ($created[0] | ConvertFrom-Json).Id
        $t1 = [double]$created[-1]
        $t2 = [double](curl -s --unix-socket $Socket -H 'Content-Type: application/json' -d '{"Detach":false,"Tty":false}' -o /dev/null -w '%{time_total}' "$base/exec/$id/start")
        $t3 = [double](curl -s --unix-socket $Socket -o /dev/null -w '%{time_total}' "$base/exec/$id/json")
        ($t1 + $t2 + $t3) * 1000
    })
}
finally {
    $ids = docker ps -aq --filter "label=$label"
    if ($ids) { docker rm -f @ids | Out-Null }
}

[pscustomobject]@{
    Question = "Get-ContainerLog, $LogLines lines, counted in pwsh"
    'Containers (ms)' = [math]::Round($oursLogs, 1)
    'Instead (ms)' = [math]::Round($cliLogs, 1)
    Instead = 'docker logs | Measure-Object'
    Ratio = '{0:0.0}x faster' -f ($cliLogs / $oursLogs)
}
[pscustomobject]@{
    Question = 'exec round trip: echo hi'
    'Containers (ms)' = [math]::Round($oursExec, 1)
    'Instead (ms)' = [math]::Round($cliExec, 1)
    Instead = 'docker exec'
    Ratio = '{0:0.0}x faster' -f ($cliExec / $oursExec)
}
[pscustomobject]@{
    Question = 'exec round trip vs the raw API sequence (create/start/inspect)'
    'Containers (ms)' = [math]::Round($oursExec, 1)
    'Instead (ms)' = [math]::Round($curlExec, 1)
    Instead = 'three curl processes on the socket'
    Ratio = '{0:+0.0;-0.0} ms vs curl spawned; {1:+0.0;-0.0} ms vs curl time_total ({2:0.0} ms)' -f ($oursExec - $curlExec), ($oursExec - $curlOwn), $curlOwn
}
