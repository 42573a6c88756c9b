# Shared helpers for the Pester tests: fixtures are made with the docker CLI (the oracle), labelled with
# one run id so cleanup removes exactly what a test file created.
$script:Image = 'containers-test/busybox:latest'

function New-TestRun {
    $id = [guid]::NewGuid().ToString('N').Substring(0, 12)
    [pscustomobject]@{ Id = $id; Label = "containers.test.run=$id"; Prefix = "ct-$id" }
}

function Start-TestContainer($Run, [string]$Suffix, [string[]]$Arguments = @()) {
    $id = docker run -d --name "$($Run.Prefix)-$Suffix" --label $Run.Label @Arguments $script:Image sleep 3600
    if ($LASTEXITCODE) { throw "docker run failed for $Suffix" }
    $id
}

function New-ExitedTestContainer($Run, [string]$Suffix, [int]$ExitCode = 0) {
    $id = docker create --name "$($Run.Prefix)-$Suffix" --label $Run.Label $script:Image sh -c "exit $ExitCode"
    if ($LASTEXITCODE) { throw "docker create failed for $Suffix" }
    docker start $id | Out-Null
    docker wait $id | Out-Null
    $id
}

function Remove-TestRun($Run) {
    $ids = docker ps -aq --no-trunc --filter "label=$($Run.Label)"
    if ($ids) { docker rm -f -v @($ids) | Out-Null }
}

Export-ModuleMember -Function New-TestRun, Start-TestContainer, New-ExitedTestContainer, Remove-TestRun
