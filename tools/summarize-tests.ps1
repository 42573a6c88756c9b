<#
.SYNOPSIS
    Sums every runner's results in out/test-results and prints the one line CI reads: "N passed, N failed".
    Reads .trx (dotnet test), .junit.xml (Pester, extension tests) and .summary.json (a runner that
    crashed, or one that reports plain counts). Exits 1 when anything failed or nothing ran.
#>
param([string]$ResultsDir = (Join-Path $PSScriptRoot '../out/test-results'))
$passed = 0; $failed = 0; $skipped = 0
# Only result files: other artifacts (the e2e run's screenshots) live beside them. (A 'continue' inside the
# switch below would only leave the switch, not skip the file.)
$results = Get-ChildItem $ResultsDir -File -Recurse -ErrorAction Ignore | Where-Object { $_.Name -like '*.trx' -or $_.Name -like '*.junit.xml' -or $_.Name -like '*.summary.json' }
$lines = foreach ($file in $results) {
    $p = 0; $f = 0; $s = 0
    switch -Wildcard ($file.Name) {
        '*.trx' {
            $c = ([xml](Get-Content $file.FullName -Raw)).TestRun.ResultSummary.Counters
            $p = [int]$c.passed; $f = [int]$c.failed + [int]$c.error + [int]$c.timeout + [int]$c.aborted; $s = [int]$c.notExecuted
        }
        '*.junit.xml' {
            $x = ([xml](Get-Content $file.FullName -Raw)).DocumentElement
            $total = [int]$x.tests; $f = [int]$x.failures + [int]$x.errors; $s = [int]$x.skipped + [int]$x.disabled
            $p = $total - $f - $s
        }
        '*.summary.json' {
            $j = Get-Content $file.FullName -Raw | ConvertFrom-Json
            $p = [int]$j.passed; $f = [int]$j.failed; $s = [int]$j.skipped
        }
    }
    $passed += $p; $failed += $f; $skipped += $s
    '  {0,-40} {1,5} passed {2,5} failed {3,5} skipped' -f $file.Name, $p, $f, $s
}
$lines | Write-Host
if ($passed + $failed -eq 0) {
    Write-Host 'No test ran: that is a failure.'
    $failed = 1
}
$summary = '{0} passed, {1} failed' -f $passed, $failed
if ($skipped) { $summary += ", $skipped skipped" }
Write-Host $summary
exit ([int]($failed -gt 0))
