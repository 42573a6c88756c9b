@{
    RootModule           = 'Containers.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '3d6c1f0e-4b7a-4e8f-9c2d-5a1b7e9f0c34'
    Author               = 'Containers developers'
    CompanyName          = 'Containers'
    Copyright            = '(c) Containers developers. MIT licence.'
    Description          = 'Docker containers, images, volumes, networks and engines as typed PowerShell pipeline objects, straight from the Docker Engine API (no docker CLI needed).'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('Containers.format.ps1xml')
    TypesToProcess       = @('Containers.types.ps1xml')
    CmdletsToExport      = @(
        'Add-ContainerImageTag'
        'Build-ContainerImage'
        'Clear-Container'
        'Clear-ContainerEngine'
        'Clear-ContainerImage'
        'Clear-ContainerNetwork'
        'Clear-ContainerVolume'
        'Connect-ContainerNetwork'
        'Connect-ContainerRegistry'
        'ConvertTo-ContainerImage'
        'Copy-ContainerItem'
        'Disconnect-ContainerNetwork'
        'Disconnect-ContainerRegistry'
        'Export-Container'
        'Export-ContainerImage'
        'Find-ContainerImage'
        'Format-Dockerfile'
        'Get-Container'
        'Get-ContainerChange'
        'Get-ContainerContext'
        'Get-ContainerDiskUsage'
        'Get-ContainerEngine'
        'Get-ContainerEvent'
        'Get-ContainerImage'
        'Get-ContainerImageHistory'
        'Get-ContainerLog'
        'Get-ContainerNetwork'
        'Get-ContainerProcess'
        'Get-ContainerVolume'
        'Get-ContainerVolumeItem'
        'Import-ContainerImage'
        'Invoke-ContainerCommand'
        'Invoke-ContainerImage'
        'Measure-Container'
        'New-Container'
        'New-ContainerContext'
        'New-ContainerNetwork'
        'New-ContainerVolume'
        'Publish-ContainerImage'
        'Remove-Container'
        'Remove-ContainerContext'
        'Remove-ContainerImage'
        'Remove-ContainerNetwork'
        'Remove-ContainerVolume'
        'Rename-Container'
        'Request-ContainerImage'
        'Restart-Container'
        'Resume-Container'
        'Set-Container'
        'Start-Container'
        'Stop-Container'
        'Suspend-Container'
        'Test-ContainerEngine'
        'Test-Dockerfile'
        'Use-ContainerContext'
        'Wait-Container'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('docker', 'containers', 'container', 'podman', 'dockerfile', 'Linux', 'PSEdition_Core')
            LicenseUri   = 'https://github.com/containers-dev/containers/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/containers-dev/containers'
            IconUri      = 'https://raw.githubusercontent.com/containers-dev/containers/main/vscode-extension/images/icon.png'
            # The Build task replaces this with the section of CHANGELOG.md for the version being built.
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
