# The container lifecycle in a real pwsh process, the way admins script it.
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../TestHelpers.psm1') -Force
    $run = New-TestRun
    function Get-State([string]$Name) { docker inspect --format '{{.State.Status}}' $Name }
}
AfterAll { Remove-TestRun $run }

Describe 'container lifecycle' {
    It 'creates, starts, stops and removes through the pipeline' {
        $name = "$($run.Prefix)-life"
        $c = New-Container containers-test/busybox:latest -Name $name -Label @{ 'containers.test.run' = $run.Id } -Publish '127.0.0.1:0:80' -- sleep 300
        $c.State | Should -Be 'created'
        $c | Start-Container
        Get-State $name | Should -Be 'running'
        (Get-Container -Name $name).Ports.PrivatePort | Should -Be 80
        Get-Container -Name $name | Stop-Container -Timeout 0
        Get-State $name | Should -Be 'exited'
        Get-Container -Name $name | Remove-Container -Confirm:$false
        docker ps -aq --filter "name=^$name$" | Should -BeNullOrEmpty
    }

    It '-WhatIf leaves the container untouched' {
        $id = Start-TestContainer $run 'whatif'
        Stop-Container -Id $id -WhatIf
        Remove-Container -Id $id -Force -WhatIf
        Get-State $id | Should -Be 'running'
    }

    It 'a bad name mid-list is one ObjectNotFound error and the others are stopped' {
        $a = Start-TestContainer $run 'mid-a'
        $b = Start-TestContainer $run 'mid-b'
        Stop-Container "$($run.Prefix)-mid-a", "$($run.Prefix)-nope", "$($run.Prefix)-mid-b" -Timeout 0 -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'ContainerNotFound,Containers.StopContainerCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-State $a | Should -Be 'exited'
        Get-State $b | Should -Be 'exited'
    }

    It 'runs a command attached and leaves its exit code in $LASTEXITCODE' {
        $out = Invoke-ContainerImage containers-test/busybox:latest -AutoRemove -- sh -c 'echo from-container; exit 4'
        $code = $LASTEXITCODE
        $out | Should -Be 'from-container'
        $code | Should -Be 4
    }

    It 'keeps stderr out of the output, capturable, and never fatal under ErrorAction Stop' {
        $ErrorActionPreference = 'Stop'
        $out = Invoke-ContainerImage containers-test/busybox:latest -AutoRemove -InformationVariable info -- sh -c 'echo out; echo err >&2'
        $out | Should -Be 'out'
        ($info | Where-Object Tags -contains 'stderr').MessageData.Message | Should -Be 'err'
        $merged = Invoke-ContainerImage containers-test/busybox:latest -AutoRemove -- sh -c 'echo err >&2' 6>&1
        "$merged" | Should -Be 'err'
    }

    It 'rejects a bad port spec before anything reaches the engine' {
        { New-Container containers-test/busybox:latest -Name "$($run.Prefix)-badport" -Publish '70000:80' } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Containers.NewContainerCommand'
        docker ps -aq --filter "name=$($run.Prefix)-badport" | Should -BeNullOrEmpty
    }

    It 'Wait-Container returns the exit code as an object' {
        New-ExitedTestContainer $run 'waited' 9 | Out-Null
        (Wait-Container "$($run.Prefix)-waited").ExitCode | Should -Be 9
    }
}
