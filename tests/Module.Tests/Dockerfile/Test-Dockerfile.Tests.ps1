# Test-Dockerfile in a real pwsh process (issue #9): a CI gate over Dockerfiles, with no engine involved.
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    function New-Dockerfile([string]$RelativePath, [string]$Text) {
        $path = Join-Path $TestDrive $RelativePath
        New-Item -ItemType Directory -Force (Split-Path $path) | Out-Null
        Set-Content -LiteralPath $path -Value $Text -NoNewline
        $path
    }
}

Describe 'Test-Dockerfile' {
    BeforeEach {
        Get-ChildItem $TestDrive -Force | Remove-Item -Recurse -Force
    }

    It 'reports an unknown instruction with its rule, code and 1-based position' {
        $file = New-Dockerfile 'Dockerfile' "FROM alpine:3.20`n  FORM x`n"
        $problem = Test-Dockerfile $file
        $problem | Should -HaveCount 1
        $problem.Severity | Should -Be 'Error'
        $problem.Rule | Should -Be 'UnknownInstruction'
        $problem.Code | Should -Be 38
        $problem.Line | Should -Be 2
        $problem.Column | Should -Be 3
        $problem.Message | Should -Be 'Unknown instruction: FORM'
        $problem.Path | Should -Be $file
    }

    It 'finds Dockerfile, *.Dockerfile and Dockerfile.* below a directory with -Recurse' {
        New-Dockerfile 'Dockerfile' "FORM x`n" | Out-Null
        New-Dockerfile 'svc/api.Dockerfile' "FORM x`n" | Out-Null
        New-Dockerfile 'svc/Dockerfile.test' "FORM x`n" | Out-Null
        New-Dockerfile 'svc/notes.md' "FORM x`n" | Out-Null
        $names = Test-Dockerfile $TestDrive -Recurse | ForEach-Object { Split-Path $_.Path -Leaf } | Sort-Object -Unique
        $names | Should -Be @('api.Dockerfile', 'Dockerfile', 'Dockerfile.test')
    }

    It 'writes ObjectNotFound for a missing path mid-list and checks the others' {
        $a = New-Dockerfile 'a.Dockerfile' "FROM alpine`nFORM x`n"
        $b = New-Dockerfile 'b.Dockerfile' "FROM alpine`nFORM y`n"
        $problems = Test-Dockerfile $a, (Join-Path $TestDrive 'missing'), $b -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'PathNotFound,Containers.TestDockerfileCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems.Path | Should -Be @($a, $b)
    }

    It 'returns one boolean with -Quiet, usable as a CI gate' {
        $good = New-Dockerfile 'good/Dockerfile' "FROM alpine`nRUN true`n"
        $bad = New-Dockerfile 'bad/Dockerfile' "FROM alpine`nFORM x`n"
        Test-Dockerfile $good -Quiet | Should -BeTrue
        $both = Test-Dockerfile $TestDrive -Recurse -Quiet
        $both | Should -HaveCount 1
        $both | Should -BeFalse
    }

    It 'reports a COPY source the context''s .dockerignore excludes, the context being the Dockerfile''s directory or -ContextPath' {
        $file = New-Dockerfile 'docker/Dockerfile' "FROM alpine`nCOPY dist/app.js /app/`n"
        New-Dockerfile '.dockerignore' "dist`n" | Out-Null
        Test-Dockerfile $file | Should -BeNullOrEmpty
        $problem = Test-Dockerfile $file -ContextPath $TestDrive
        $problem | Should -HaveCount 1
        $problem.Rule | Should -Be 'CopyIgnoredFile'
        $problem.Severity | Should -Be 'Warning'
        $problem.Message | Should -Be 'Attempting to Copy file "dist/app.js" that is excluded by .dockerignore'
        $problem.Column | Should -Be 6
        New-Dockerfile 'docker/.dockerignore' "*.md`n" | Out-Null
        Test-Dockerfile $file | Should -BeNullOrEmpty
        New-Dockerfile 'docker/Dockerfile.dockerignore' "dist/*.js`n" | Out-Null
        (Test-Dockerfile $file).Rule | Should -Be 'CopyIgnoredFile'
    }

    It 'documents -ContextPath in its help' {
        (Get-Help Test-Dockerfile -Parameter ContextPath).Description.Text | Should -Match 'build context'
    }

    It 'shows a table grouped by file' {
        $file = New-Dockerfile 'Dockerfile' "FROM alpine`nFORM x`n"
        $text = Test-Dockerfile $file | Out-String
        $text | Should -Match ([regex]::Escape($file))
        $text | Should -Match 'UnknownInstruction'
    }
}
