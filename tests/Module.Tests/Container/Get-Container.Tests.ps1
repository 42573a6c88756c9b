# Get-Container in a real pwsh process: what a user at the prompt or in a script sees.
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../TestHelpers.psm1') -Force
    $run = New-TestRun
    $running = Start-TestContainer $run 'web' @('-p', '127.0.0.1:0:80')
    $exited = New-ExitedTestContainer $run 'job' 4
}
AfterAll { Remove-TestRun $run }

Describe 'Get-Container' {
    It 'returns one object per container that docker ps -a lists, with the same ids' {
        $ours = (Get-Container -All).Id | Sort-Object
        $cli = docker ps -a --no-trunc --format '{{.ID}}' | Sort-Object
        $ours | Should -Be $cli
    }

    It 'lists running containers only without -All' {
        (Get-Container -Label $run.Label).Id | Should -Be $running
    }

    It 'filters by status and reports the exit in the status text' {
        $c = Get-Container -Status exited -Label $run.Label
        $c.Id | Should -Be $exited
        $c.Status | Should -BeLike 'Exited (4)*'
    }

    It 'pipes objects: names from the pipeline, ports as objects' {
        $c = "$($run.Prefix)-web" | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Get-Container
        $c.Ports.PrivatePort | Should -Be 80
        "$($c.Ports)" | Should -Match '^127\.0\.0\.1:\d+->80/tcp$'
        $c.Created | Should -BeOfType ([datetime])
        $c.Name | Should -Not -BeLike '/*'
    }

    It 'writes ObjectNotFound for an unknown name and still returns the others' {
        $found = Get-Container -Name 'ct-never-was', "$($run.Prefix)-job" -ErrorVariable problems -ErrorAction SilentlyContinue
        $found.Id | Should -Be $exited
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'ContainerNotFound,Containers.GetContainerCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'shows a docker ps like table with a ports column' {
        $text = Get-Container -Name "$($run.Prefix)-web" | Out-String -Width 250
        $text | Should -Match 'CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES'
        $text | Should -Match "$($running.Substring(0, 12)).*127\.0\.0\.1:\d+->80/tcp.*$($run.Prefix)-web"
    }

    It 'fails with one clear error naming the endpoint when no engine answers' {
        $socket = "/tmp/ct-absent-$($run.Id).sock"
        { Get-Container -DockerHost "unix://$socket" -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "Cannot connect to the Docker engine at unix://$socket*" -ErrorId 'EngineUnreachable,Containers.GetContainerCommand'
    }

    It 'completes container names from the engine' {
        $line = "Get-Container -Name $($run.Prefix)-w"
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $completions | Should -Contain "$($run.Prefix)-web"
        $completions | Should -Not -Contain "$($run.Prefix)-job"
    }
}
