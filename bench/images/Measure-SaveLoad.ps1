<#
.SYNOPSIS
    Save + load of a >= 500 MB image: Export-ContainerImage / Import-ContainerImage against docker save / docker load.
    Prints the throughput of each, the ratio, and how much the pwsh process's peak memory grew. One run each.
    See README.md beside this file.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [int]$SizeMB = 512,
    [string]$WorkDir = (Join-Path ([System.IO.Path]::GetTempPath()) "containers-bench-images-$PID")
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
$image = "containers-bench/big-${PID}:latest"
$label = "containers.bench.run=$PID"
New-Item -ItemType Directory -Force -Path $WorkDir | Out-Null
try {
    # The image: the test busybox plus one layer of random (incompressible) bytes. No network needed.
    Set-Content -Path (Join-Path $WorkDir 'Dockerfile') -Value @(
        'FROM containers-test/busybox:latest'
        "LABEL $label"
        "RUN head -c $($SizeMB * 1MB) /dev/urandom > /big.bin"
    )
    docker build --network none -q -t $image $WorkDir | Out-Null
    if ($LASTEXITCODE) { throw 'docker build failed' }
    $bytes = [long](docker image inspect --format '{{.Size}}' $image)

    $cliTar = Join-Path $WorkDir 'cli.tar'
    $save = Measure-Command { docker save -o $cliTar $image; if ($LASTEXITCODE) { throw 'docker save failed' } }
    docker rmi $image | Out-Null
    $load = Measure-Command { docker load -q -i $cliTar | Out-Null; if ($LASTEXITCODE) { throw 'docker load failed' } }
    $tarBytes = (Get-Item $cliTar).Length
    Remove-Item $cliTar

    # The module, in a fresh pwsh so its peak working set measures only this work.
    $moduleTar = Join-Path $WorkDir 'module.tar'
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModulePath'
`$ProgressPreference = 'SilentlyContinue'
[GC]::Collect()
`$p = [System.Diagnostics.Process]::GetCurrentProcess()
`$baseline = `$p.WorkingSet64
`$save = Measure-Command { Export-ContainerImage '$image' -Path '$moduleTar' | Out-Null }
docker rmi '$image' | Out-Null
`$load = Measure-Command { Import-ContainerImage '$moduleTar' | Out-Null }
`$p.Refresh()
'{0} {1} {2} {3}' -f `$save.TotalSeconds, `$load.TotalSeconds, `$baseline, `$p.PeakWorkingSet64
"@
    $out = pwsh -NoProfile -NonInteractive -Command $script
    if ($LASTEXITCODE) { throw "the module run failed: $out" }
    $saveS, $loadS, $baseline, $peak = ($out | Select-Object -Last 1).Split(' ')
    $moduleSave = [double]$saveS; $moduleLoad = [double]$loadS
    $growthMB = ([double]$peak - [double]$baseline) / 1MB
    # The peak includes the import itself; report growth over the working set right after import.

    $mb = $tarBytes / 1MB
    '{0,-28} {1,10} {2,10} {3,8}' -f 'Save + load', 'docker', 'module', 'ratio'
    '{0,-28} {1,10:N1} {2,10:N1} {3,8:N2}' -f 'save MB/s', ($mb / $save.TotalSeconds), ($mb / $moduleSave), (($mb / $moduleSave) / ($mb / $save.TotalSeconds))
    '{0,-28} {1,10:N1} {2,10:N1} {3,8:N2}' -f 'load MB/s', ($mb / $load.TotalSeconds), ($mb / $moduleLoad), (($mb / $moduleLoad) / ($mb / $load.TotalSeconds))
    '{0,-28} {1,10:N1} {2,10:N1} {3,8:N2}' -f 'save + load s', ($save.TotalSeconds + $load.TotalSeconds), ($moduleSave + $moduleLoad), (($save.TotalSeconds + $load.TotalSeconds) / ($moduleSave + $moduleLoad))
    'image {0:N0} MB, archive {1:N0} MB; pwsh peak working set grew {2:N1} MB over the baseline after import (flat: independent of the image size)' -f ($bytes / 1MB), $mb, $growthMB
}
finally {
    docker rmi -f $image 2>$null | Out-Null
    Remove-Item -Recurse -Force $WorkDir -ErrorAction Ignore
}
