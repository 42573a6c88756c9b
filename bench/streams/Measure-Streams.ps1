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
    [string]$Socket = '/var/run/docker.sock',
    # Which comparisons to run: both by default; -Part Exec skips the million-line log (minutes under load).
    [ValidateSet('Logs', 'Exec')][string[]]$Part = @('Logs', 'Exec')
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path

function Get-Median([double[]]$Values) {
    $sorted = $Values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[($n - 1) / 2] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

Import-Module $ModulePath
$apiVersion = (Get-ContainerEngine).ApiVersion
$run = [guid]::NewGuid().ToString('N').Substring(0, 8)
$label = "containers.bench=$run"
$rows = @()
try {
    if ($Part -contains 'Logs') {
        # 1. Logs: a container that wrote N lines, read whole into the pipeline and counted.
        $logs = docker run -d --network none --label $label containers-test/busybox:latest seq 1 $LogLines
        if ($LASTEXITCODE) { throw 'docker run failed' }
        docker wait $logs | Out-Null
        $oursCount = (Get-ContainerLog $logs | Measure-Object).Count
        $cliCount = (docker logs $logs | Measure-Object).Count
        if ($oursCount -ne $LogLines -or $cliCount -ne $LogLines) { throw "line counts differ: ours $oursCount, docker logs $cliCount, expected $LogLines" }
        # Interleaved (ours, theirs, ours, …) so a load that drifts during the run weighs on both alike. curl to /dev/null
        # is the daemon's own floor: it serves the log line by line and no client can read it faster.
        $null = Get-ContainerLog $logs -Tail 1
        $ourLogRuns = @(); $cliLogRuns = @(); $curlLogRuns = @()
        for ($i = 0; $i -lt $LogRuns; $i++) {
            $watch = [System.Diagnostics.Stopwatch]::StartNew(); $null = (Get-ContainerLog $logs | Measure-Object).Count; $ourLogRuns += $watch.Elapsed.TotalMilliseconds
            $watch.Restart(); $null = (docker logs $logs | Measure-Object).Count; $cliLogRuns += $watch.Elapsed.TotalMilliseconds
            $watch.Restart(); curl -s --unix-socket $Socket -o /dev/null "http://docker/v$apiVersion/containers/$logs/logs?stdout=1&stderr=1"; $curlLogRuns += $watch.Elapsed.TotalMilliseconds
        }
        $oursLogs = Get-Median $ourLogRuns
        $cliLogs = Get-Median $cliLogRuns
        $curlLogs = Get-Median $curlLogRuns
        $rows += [pscustomobject]@{
            Question = "Get-ContainerLog, $LogLines lines, counted in pwsh"
            'Containers (ms)' = [math]::Round($oursLogs, 1)
            'Instead (ms)' = [math]::Round($cliLogs, 1)
            Instead = 'docker logs | Measure-Object'
            Ratio = '{0:0.0}x faster' -f ($cliLogs / $oursLogs)
        }
        $rows += [pscustomobject]@{
            Question = 'Get-ContainerLog vs the daemon serving the same log to curl -o /dev/null'
            'Containers (ms)' = [math]::Round($oursLogs, 1)
            'Instead (ms)' = [math]::Round($curlLogs, 1)
            Instead = 'curl (the floor: the daemon sends one chunk per line)'
            Ratio = '{0:0.00}x the floor' -f ($oursLogs / $curlLogs)
        }
    }
    if ($Part -contains 'Exec') {
        # 2. Exec round trip of `echo hi` in a running container.
        $exec = docker run -d --network none --label $label containers-test/busybox:latest sleep 3600
        if ($LASTEXITCODE) { throw 'docker run failed' }
        if ((Invoke-ContainerCommand $exec echo hi) -ne 'hi') { throw 'Invoke-ContainerCommand did not echo' }
        $base = "http://docker/v$apiVersion"
        # One round = each contender once, in turn, so load that drifts during the run weighs on all alike.
        $ourExecRuns = @(); $inputExecRuns = @(); $cliExecRuns = @(); $curlExecRuns = @(); $curlOwnRuns = @()
        for ($i = 0; $i -lt $ExecIterations + $Warmup; $i++) {
            $watch = [System.Diagnostics.Stopwatch]::StartNew(); $null = Invoke-ContainerCommand $exec echo hi; $ours = $watch.Elapsed.TotalMilliseconds
            # With pipeline input (none here, but stdin is attached) the cmdlet takes its async path: the blocking one's gain.
            $watch.Restart(); $null = @() | Invoke-ContainerCommand $exec echo hi; $withInput = $watch.Elapsed.TotalMilliseconds
            $watch.Restart(); $null = docker exec $exec echo hi; $cli = $watch.Elapsed.TotalMilliseconds
            # The same three API calls by curl processes; -w time_total (connect to last byte, without process start) is the daemon's floor.
            $watch.Restart()
            $created = curl -s --unix-socket $Socket -H 'Content-Type: application/json' -d '{"AttachStdout":true,"AttachStderr":true,"Cmd":["echo","hi"]}' -w "`n%{time_total}" "$base/containers/$exec/exec"
            $id = ($created[0] | ConvertFrom-Json).Id
            $t2 = [double](curl -s --unix-socket $Socket -H 'Content-Type: application/json' -d '{"Detach":false,"Tty":false}' -o /dev/null -w '%{time_total}' "$base/exec/$id/start")
            $t3 = [double](curl -s --unix-socket $Socket -o /dev/null -w '%{time_total}' "$base/exec/$id/json")
            $spawned = $watch.Elapsed.TotalMilliseconds
            if ($i -ge $Warmup) {
                $ourExecRuns += $ours; $inputExecRuns += $withInput; $cliExecRuns += $cli; $curlExecRuns += $spawned
                $curlOwnRuns += ([double]$created[-1] + $t2 + $t3) * 1000
            }
        }
        $oursExec = Get-Median $ourExecRuns
        $inputExec = Get-Median $inputExecRuns
        $cliExec = Get-Median $cliExecRuns
        $curlExec = Get-Median $curlExecRuns
        $curlOwn = Get-Median $curlOwnRuns
        $rows += [pscustomobject]@{
            Question = 'exec round trip: echo hi'
            'Containers (ms)' = [math]::Round($oursExec, 1)
            'Instead (ms)' = [math]::Round($cliExec, 1)
            Instead = 'docker exec'
            Ratio = '{0:0.0}x faster' -f ($cliExec / $oursExec)
        }
        $rows += [pscustomobject]@{
            Question = 'exec round trip vs the raw API sequence (create/start/inspect)'
            'Containers (ms)' = [math]::Round($oursExec, 1)
            'Instead (ms)' = [math]::Round($curlExec, 1)
            Instead = 'three curl processes on the socket'
            Ratio = '{0:+0.0;-0.0} ms vs curl spawned; {1:+0.0;-0.0} ms vs curl time_total ({2:0.0} ms)' -f ($oursExec - $curlExec), ($oursExec - $curlOwn), $curlOwn
        }
        $rows += [pscustomobject]@{
            Question = 'exec round trip with stdin attached (@() | Invoke-ContainerCommand: the async path)'
            'Containers (ms)' = [math]::Round($oursExec, 1)
            'Instead (ms)' = [math]::Round($inputExec, 1)
            Instead = 'the same cmdlet with pipeline input'
            Ratio = '{0:+0.0;-0.0} ms vs curl time_total' -f ($inputExec - $curlOwn)
        }
    }
}
finally {
    $ids = @(docker ps -aq --filter "label=$label")
    if ($ids) { docker rm -f @ids | Out-Null }
}

$rows
[pscustomobject]@{
    Question = 'load average (1, 5, 15 min) at the end of the run'
    'Containers (ms)' = $null
    'Instead (ms)' = $null
    Instead = ''
    Ratio = (Get-Content /proc/loadavg -ErrorAction Ignore) -replace '^(\S+ \S+ \S+).*', '$1'
}
