# Help as a user at a pwsh prompt gets it, offline (issue #12): no Update-Help, everything ships in en-US/.
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    $moduleDir = Split-Path $env:CONTAINERS_MODULE_PATH
}

Describe 'Get-Help for the Containers module' {
    It 'shows the examples of Get-Container without Update-Help' {
        $help = Get-Help Get-Container -Examples
        $help.Synopsis | Should -Be 'Gets containers, like docker ps.'
        @($help.examples.example).Count | Should -BeGreaterOrEqual 1
        $help.examples.example[0].code | Should -Be 'Get-Container -All'
        ($help | Out-String) | Should -Match 'Lists every container'
    }

    It 'finds about_Containers, with the endpoint resolution order and the error ids' {
        $topic = Get-Help about_Containers
        $topic | Should -Not -BeNullOrEmpty
        $text = $topic | Out-String
        $text | Should -Match 'ENGINE ENDPOINT'
        $text | Should -Match 'DOCKER_CONTEXT'
        $text | Should -Match 'ContainerNotFound'
    }

    It 'names every error id the module declares in about_Containers' {
        $ids = [Containers.Infrastructure.ContainersCmdlet].Assembly.GetType('Containers.Infrastructure.ErrorIds', $true).GetFields(
            [System.Reflection.BindingFlags]'Public,Static') | ForEach-Object { $_.GetValue($null) }
        $ids | Should -Not -BeNullOrEmpty
        $text = Get-Content (Join-Path $moduleDir 'en-US/about_Containers.help.txt') -Raw
        $ids | Where-Object { $text -notmatch "\b$_\b" } | Should -BeNullOrEmpty
    }

    It 'lists every Dockerfile analyzer rule in about_Containers_Dockerfile' {
        $engine = [Containers.Engine.Dockerfile.Analysis.DockerfileAnalyzer].Assembly
        $ruleBase = $engine.GetType('Containers.Engine.Dockerfile.Analysis.DockerfileRule', $true)
        $ruleIds = $engine.GetTypes() | Where-Object { $ruleBase.IsAssignableFrom($_) -and -not $_.IsAbstract } | ForEach-Object {
            $_.GetProperty('Id').GetValue([Activator]::CreateInstance($_, $true))
        }
        $ruleIds | Should -Not -BeNullOrEmpty
        $text = Get-Help about_Containers_Dockerfile | Out-String
        $text | Should -Not -Match '\{\{DockerfileRules\}\}'
        $ruleIds | Where-Object { $text -notmatch "\b$_ \((Error|Warning|Information|Hint)" } | Should -BeNullOrEmpty
    }

    It 'ships the help but not the doc files it was generated from' {
        Join-Path $moduleDir 'en-US/Containers.dll-Help.xml' | Should -Exist
        Join-Path $moduleDir 'Containers.xml' | Should -Not -Exist
        Join-Path $moduleDir 'Containers.Engine.xml' | Should -Not -Exist
    }
}
