# Volume cmdlets in a real pwsh process (issue #7): data must never be lost by accident.
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../TestHelpers.psm1') -Force
    $run = New-TestRun
    $image = 'containers-test/busybox:latest'
    function Test-Volume([string]$Name) { [bool](docker volume ls -q --filter "name=^$Name$") }
}
AfterAll {
    Remove-TestRun $run
    $volumes = docker volume ls -q --filter "label=$($run.Label)"
    if ($volumes) { docker volume rm -f @($volumes) | Out-Null }
}

Describe 'Volumes' {
    It 'keeps data written by one container for another, after the first is removed' {
        $name = "$($run.Prefix)-data"
        $volume = New-ContainerVolume $name -Label @{ 'containers.test.run' = $run.Id }
        $volume.Name | Should -Be $name
        docker run --name "$($run.Prefix)-writer" --label $run.Label -v "${name}:/data" $image sh -c 'echo persisted > /data/note' | Out-Null
        docker rm "$($run.Prefix)-writer" | Out-Null
        docker run --rm -v "${name}:/data:ro" $image cat /data/note | Should -Be 'persisted'
        (Get-ContainerVolumeItem $name).Name | Should -Be 'note'
    }

    It 'refuses to remove a volume in use, names the container and keeps the data' {
        $name = "$($run.Prefix)-busy"
        New-ContainerVolume $name -Label @{ 'containers.test.run' = $run.Id } | Out-Null
        docker run --rm -v "${name}:/data" $image sh -c 'echo precious > /data/f' | Out-Null
        $user = Start-TestContainer $run 'user' @('-v', "${name}:/data")
        Remove-ContainerVolume $name -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'VolumeInUse,Containers.RemoveContainerVolumeCommand'
        $problems[0].Exception.Message | Should -Match "'$($run.Prefix)-user'"
        Test-Volume $name | Should -BeTrue
        docker run --rm -v "${name}:/data:ro" $image cat /data/f | Should -Be 'precious'
        (Get-ContainerVolume $name).UsedBy | Should -Be "$($run.Prefix)-user"
    }

    It 'writes ObjectNotFound for an unknown name mid-list and removes the others' {
        $a = docker volume create --label $run.Label "$($run.Prefix)-a"
        $b = docker volume create --label $run.Label "$($run.Prefix)-b"
        Remove-ContainerVolume $a, 'ct-never-was', $b -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'VolumeNotFound,Containers.RemoveContainerVolumeCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Test-Volume $a | Should -BeFalse
        Test-Volume $b | Should -BeFalse
    }

    It 'leaves every volume in place under -WhatIf, for Remove and for every prune' {
        $named = docker volume create --label $run.Label "$($run.Prefix)-kept"
        $anonymous = docker volume create --label $run.Label
        $before = (Get-ContainerVolume).Name | Sort-Object
        Remove-ContainerVolume $named -WhatIf
        Clear-ContainerVolume -WhatIf
        Clear-ContainerVolume -All -WhatIf
        $after = (Get-ContainerVolume).Name | Sort-Object
        foreach ($v in $named, $anonymous) { $after | Should -Contain $v }
        # Other test runs may add or remove their own volumes meanwhile; none of ours may go.
        $before | Where-Object { $_ -in $named, $anonymous } | Should -HaveCount 2
    }

    It 'names each volume -WhatIf would remove' {
        $anonymous = docker volume create --label $run.Label
        $text = pwsh -NoProfile -NonInteractive -Command "Import-Module '$env:CONTAINERS_MODULE_PATH'; Clear-ContainerVolume -Label '$($run.Label)' -WhatIf" | Out-String
        $text | Should -Match "What if: Performing the operation `"Remove`" on target `"volume '$anonymous'`""
        Test-Volume $anonymous | Should -BeTrue
    }

    It 'completes volume names from the engine' {
        docker volume create --label $run.Label "$($run.Prefix)-completed" | Out-Null
        $line = "Remove-ContainerVolume -Name $($run.Prefix)-compl"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be "$($run.Prefix)-completed"
    }
}
