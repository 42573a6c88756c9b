<#
.SYNOPSIS
    Sums every runner's results in out/test-results and prints the one line CI reads: "N passed, N failed".
    Reads .trx (dotnet test), .junit.xml (Pester, extension tests) and .summary.json (a runner that
    crashed, or one that reports plain counts). Exits 1 when anything failed or nothing ran.
    Failed tests are named, with the first lines of their message, just above the final line: CI often keeps
    only the tail of the output, and a count alone does not say what to look at.
#>
param([string]$ResultsDir = (Join-Path $PSScriptRoot '../out/test-results'))
$passed = 0; $failed = 0; $skipped = 0
$failures = [System.Collections.Generic.List[string]]::new()

function Get-MessageHead([string]$Message) {
    # Three lines are enough to recognise an assertion; stack traces stay in the result files.
    ($Message -split "`r?`n" | Where-Object { $_.Trim() } | Select-Object -First 3 | ForEach-Object { '      ' + $_.Trim() }) -join "`n"
}
# Only result files: other artifacts (the e2e run's screenshots) live beside them. (A 'continue' inside the
# switch below would only leave the switch, not skip the file.)
$results = Get-ChildItem $ResultsDir -File -Recurse -ErrorAction Ignore | Where-Object { $_.Name -like '*.trx' -or $_.Name -like '*.junit.xml' -or $_.Name -like '*.summary.json' }
$lines = foreach ($file in $results) {
    $p = 0; $f = 0; $s = 0
    switch -Wildcard ($file.Name) {
        '*.trx' {
            $run = ([xml](Get-Content $file.FullName -Raw)).TestRun
            $c = $run.ResultSummary.Counters
            foreach ($result in @($run.Results.UnitTestResult) | Where-Object { $_ -and $_.outcome -notin 'Passed', 'NotExecuted' }) {
                $failures.Add("  ✗ $($file.BaseName): $($result.testName) [$($result.outcome)]`n" + (Get-MessageHead $result.Output.ErrorInfo.Message))
            }
            $p = [int]$c.passed; $f = [int]$c.failed + [int]$c.error + [int]$c.timeout + [int]$c.aborted; $s = [int]$c.notExecuted
        }
        '*.junit.xml' {
            $x = ([xml](Get-Content $file.FullName -Raw)).DocumentElement
            foreach ($case in $x.SelectNodes('//testcase[failure or error]')) {
                $problem = $case.SelectSingleNode('failure|error')
                $text = if ($problem.message) { $problem.message } else { $problem.InnerText }
                $failures.Add("  ✗ $($file.Name -replace '\.junit\.xml$'): $($case.name)`n" + (Get-MessageHead $text))
            }
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
if ($failures.Count) {
    Write-Host 'Failed:'
    $failures | Write-Host
}
if ($passed + $failed -eq 0) {
    Write-Host 'No test ran: that is a failure.'
    $failed = 1
}
$summary = '{0} passed, {1} failed' -f $passed, $failed
if ($skipped) { $summary += ", $skipped skipped" }
Write-Host $summary
exit ([int]($failed -gt 0))
