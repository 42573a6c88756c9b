# Test-ContainerEngine, Get-ContainerDiskUsage and Clear-ContainerEngine in a real pwsh process (issue #7).
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../TestHelpers.psm1') -Force
    $run = New-TestRun
    $image = 'containers-test/busybox:latest'
}
AfterAll {
    Remove-TestRun $run
    $networks = docker network ls -q --filter "label=$($run.Label)"
    if ($networks) { docker network rm @($networks) | Out-Null }
    $volumes = docker volume ls -q --filter "label=$($run.Label)"
    if ($volumes) { docker volume rm -f @($volumes) | Out-Null }
}

Describe 'Test-ContainerEngine' {
    It 'reports a reachable engine with its API version' {
        $result = Test-ContainerEngine
        $result.Reachable | Should -BeTrue
        $result.ServerApiVersion | Should -Be (docker version --format '{{.Server.APIVersion}}')
        $result.Latency | Should -BeOfType ([timespan])
    }

    It 'never throws for an unreachable engine and says why' {
        $socket = "/tmp/ct-absent-$($run.Id).sock"
        $result = Test-ContainerEngine -DockerHost "unix://$socket" -ErrorAction Stop
        $result.Reachable | Should -BeFalse
        $result.Reason | Should -BeLike "*$socket*"
        Test-ContainerEngine -DockerHost "unix://$socket" -Quiet | Should -BeFalse
    }
}

Describe 'Get-ContainerDiskUsage' {
    It 'shows a docker system df like table' {
        $text = Get-ContainerDiskUsage | Out-String -Width 200
        $text | Should -Match 'TYPE\s+TOTAL\s+ACTIVE\s+SIZE\s+RECLAIMABLE'
        $text | Should -Match 'Local Volumes'
    }

    It 'prints a line per object with -Verbose' {
        $volume = docker volume create --label $run.Label "$($run.Prefix)-df"
        $verbose = Get-ContainerDiskUsage -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose.Message | Where-Object { $_ -match [regex]::Escape($volume) } | Should -HaveCount 1
    }
}

Describe 'Clear-ContainerEngine' {
    It 'shows what it would remove under -WhatIf and removes nothing' {
        $stopped = New-ExitedTestContainer $run 'stopped'
        $network = docker network create --label $run.Label "$($run.Prefix)-idle"
        $anonymous = docker volume create --label $run.Label
        $text = pwsh -NoProfile -NonInteractive -Command "Import-Module '$env:CONTAINERS_MODULE_PATH'; Clear-ContainerEngine -Volumes -Label '$($run.Label)' -WhatIf" | Out-String
        $text | Should -Match "target `"container '$($run.Prefix)-stopped' \($($stopped.Substring(0, 12))\)`""
        $text | Should -Match "target `"network '$($run.Prefix)-idle'"
        $text | Should -Match "target `"volume '$anonymous'`""
        # System-wide preview too: in tests only ever with -WhatIf.
        Clear-ContainerEngine -All -Volumes -WhatIf
        docker ps -aq --no-trunc --filter "id=$stopped" | Should -Be $stopped
        docker network ls -q --no-trunc --filter "id=$network" | Should -Be $network
        docker volume ls -q --filter "name=$anonymous" | Should -Be $anonymous
        docker images -q $image | Should -Not -BeNullOrEmpty
    }

    It 'removes the labelled unused objects and reports the reclaimed bytes' {
        docker run --label $run.Label --name "$($run.Prefix)-writer" $image dd if=/dev/zero of=/blob bs=1000 count=25 2>$null | Out-Null
        $running = Start-TestContainer $run 'runner'
        $result = Clear-ContainerEngine -Volumes -Label $run.Label -Confirm:$false
        $result.ContainersDeleted | Should -HaveCount 2
        $result.NetworksDeleted | Should -Be "$($run.Prefix)-idle"
        $result.VolumesDeleted | Should -HaveCount 1
        $result.SpaceReclaimed | Should -BeGreaterOrEqual 25000
        docker ps -aq --no-trunc --filter "label=$($run.Label)" | Should -Be $running
    }
}
