<#
.SYNOPSIS
    Runs every *.Tests.ps1 under tests/ in this (real) pwsh process with Pester restored from NuGet,
    against the module folder given, and writes JUnit XML for the summary.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [Parameter(Mandatory)][string]$OutputFile,
    [string]$PesterVersion = '5.7.1'
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot "../.packages/pester/$PesterVersion/tools/Pester.psd1") -Force
$env:CONTAINERS_MODULE_PATH = (Resolve-Path $ModulePath).Path
$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'JUnitXml'
$configuration.TestResult.OutputPath = $OutputFile
$result = Invoke-Pester -Configuration $configuration
if ($result.Result -ne 'Passed' -or $result.TotalCount -eq 0) { exit 1 }
