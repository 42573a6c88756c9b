BeforeAll { Import-Module $env:CONTAINERS_MODULE_PATH -Force }

Describe 'Get-ContainerEngine' {
    It 'reports the version docker version reports' {
        (Get-ContainerEngine).Version | Should -Be (docker version --format '{{.Server.Version}}')
    }

    It 'shows the engine as a list users can read' {
        $text = Get-ContainerEngine | Out-String
        $text | Should -Match 'Version\s+: '
        $text | Should -Match 'ContainersRunning\s+: \d+'
        $text | Should -Match 'Memory\s+: [\d.]+GB'
    }

    It 'the module is imported from the folder the build laid out' {
        (Get-Module Containers).ModuleBase | Should -Be (Split-Path $env:CONTAINERS_MODULE_PATH)
        (Get-Module Containers).Version.ToString() | Should -Be (Get-Content (Join-Path $PSScriptRoot '../../../VERSION') -Raw).Trim()
    }
}
