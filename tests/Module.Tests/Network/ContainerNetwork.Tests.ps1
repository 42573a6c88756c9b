# Network cmdlets in a real pwsh process (issue #7); docker network inspect is the oracle.
BeforeAll {
    Import-Module $env:CONTAINERS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../TestHelpers.psm1') -Force
    $run = New-TestRun
    $prefix = '10.215.{0}' -f [Convert]::ToInt32($run.Id.Substring(0, 2), 16)
    function Test-Network([string]$Name) { [bool](docker network ls -q --filter "name=^$Name$") }
}
AfterAll {
    Remove-TestRun $run
    $networks = docker network ls -q --filter "label=$($run.Label)"
    if ($networks) { docker network rm @($networks) | Out-Null }
}

Describe 'Networks' {
    It 'creates a network with subnet, gateway and labels that docker network inspect reports' {
        $net = New-ContainerNetwork "$($run.Prefix)-net" -Subnet "$prefix.0/24" -Gateway "$prefix.1" -Label @{ 'containers.test.run' = $run.Id }
        docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' $net.Name | Should -Be "$prefix.0/24 $prefix.1"
        (Get-ContainerNetwork $net.Name).Id | Should -Be $net.Id
    }

    It 'connects with an alias and a static address, and disconnects, as docker network inspect sees it' {
        $web = Start-TestContainer $run 'web'
        Get-Container -Id $web | Connect-ContainerNetwork -Network "$($run.Prefix)-net" -Alias api -IPAddress "$prefix.20"
        docker network inspect --format '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' "$($run.Prefix)-net" | Should -Be "$($run.Prefix)-web $prefix.20/24"
        docker inspect --format "{{json (index .NetworkSettings.Networks `"$($run.Prefix)-net`").Aliases}}" $web | Should -Match '"api"'
        (Get-ContainerNetwork "$($run.Prefix)-net").ContainerNames | Should -Be "$($run.Prefix)-web"
        Disconnect-ContainerNetwork "$($run.Prefix)-net" "$($run.Prefix)-web"
        docker network inspect --format '{{len .Containers}}' "$($run.Prefix)-net" | Should -Be '0'
    }

    It 'connects nothing under -WhatIf, and an unknown container mid-list is one ContainerNotFound while the others connect and disconnect' {
        $net = "$($run.Prefix)-members"
        docker network create --label $run.Label $net | Out-Null
        $a = Start-TestContainer $run 'm-a'
        $b = Start-TestContainer $run 'm-b'
        Connect-ContainerNetwork $net $a, $b -WhatIf
        docker network inspect --format '{{len .Containers}}' $net | Should -Be '0'
        Connect-ContainerNetwork $net "$($run.Prefix)-m-a", "$($run.Prefix)-nosuch", "$($run.Prefix)-m-b" -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'ContainerNotFound,Containers.ConnectContainerNetworkCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        docker network inspect --format '{{range .Containers}}{{.Name}} {{end}}' $net | Should -Match "$($run.Prefix)-m-a" -Because 'the container before the unknown one is connected'
        docker network inspect --format '{{range .Containers}}{{.Name}} {{end}}' $net | Should -Match "$($run.Prefix)-m-b" -Because 'the container after the unknown one is connected'
        Disconnect-ContainerNetwork $net "$($run.Prefix)-nosuch", "$($run.Prefix)-m-b" -ErrorVariable gone -ErrorAction SilentlyContinue
        $gone[0].FullyQualifiedErrorId | Should -Be 'ContainerNotFound,Containers.DisconnectContainerNetworkCommand'
        docker network inspect --format '{{range .Containers}}{{.Name}} {{end}}' $net | Should -Not -Match "$($run.Prefix)-m-b"
        Disconnect-ContainerNetwork $net "$($run.Prefix)-m-a"
        # Gone before the Clear-ContainerNetwork test, which counts this run's unused networks.
        docker network rm $net | Out-Null
    }

    It 'refuses to remove a network with containers, naming them, and keeps it under -WhatIf' {
        $busy = "$($run.Prefix)-busy"
        docker network create --label $run.Label $busy | Out-Null
        Start-TestContainer $run 'member' @('--network', $busy) | Out-Null
        Remove-ContainerNetwork $busy -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be 'NetworkInUse,Containers.RemoveContainerNetworkCommand'
        $problems[0].Exception.Message | Should -Match "'$($run.Prefix)-member'"
        Remove-ContainerNetwork "$($run.Prefix)-net" -WhatIf
        Test-Network "$($run.Prefix)-net" | Should -BeTrue
    }

    It 'leaves every network in place under Clear-ContainerNetwork -WhatIf and then removes only unused labelled ones' {
        $before = (Get-ContainerNetwork).Id | Sort-Object
        Clear-ContainerNetwork -WhatIf
        $after = (Get-ContainerNetwork).Id | Sort-Object
        $before | Where-Object { $_ -notin $after } | ForEach-Object { docker network inspect --format '{{.Labels}}' $_ 2>$null } | Should -BeNullOrEmpty
        $result = Clear-ContainerNetwork -Label $run.Label -Confirm:$false
        $result.Deleted | Should -Be "$($run.Prefix)-net"
        Test-Network "$($run.Prefix)-busy" | Should -BeTrue
    }

    It 'completes network names from the engine' {
        $line = "Connect-ContainerNetwork -Network $($run.Prefix)-bu"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be "$($run.Prefix)-busy"
    }
}
