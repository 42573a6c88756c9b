<#
.SYNOPSIS
    Writes the module's help into a laid-out module folder: en-US/Containers.dll-Help.xml (MAML) generated
    from the cmdlets and their XML doc comments, and the about_ topics from module/en-US/.
.DESCRIPTION
    platyPS is not available offline, so the MAML is generated here, in the build, from the code itself
    (issue #12: help must never drift from the code):
      - the shape of every cmdlet (parameter sets, types, mandatory, position, pipeline input, aliases,
        wildcards, OutputType) comes from Get-Command over the built module, imported in this process;
      - the texts come from the compiler's documentation file (Containers.xml): on the cmdlet class
        <para type="synopsis">, <para type="description"> and <example><code/><para/></example>; on each
        parameter property <para type="description">, looked up on the class that declares it;
      - default values are read from a fresh instance of the cmdlet class (what a property holds before binding).
    The about_ topics are copied from module/en-US/; a line '{{DockerfileRules}}' in a topic is replaced by
    the analyzer's rules, read from the rule classes in Containers.Engine.dll (id, severity, message) and
    their doc comments in Containers.Engine.xml.
    Afterwards the doc files are deleted from the module folder: they are only inputs.

    Run it in its own pwsh (the Build task does): it imports the module, which then stays loaded.
#>
param(
    [Parameter(Mandatory)][string]$ModuleDir,
    [Parameter(Mandatory)][string]$SourceDir
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$docFile = Join-Path $ModuleDir 'Containers.xml'
$engineDocFile = Join-Path $ModuleDir 'Containers.Engine.xml'
foreach ($file in $docFile, $engineDocFile) {
    if (-not (Test-Path $file)) { throw "$file is missing: the module project must generate its documentation file." }
}
$module = Import-Module (Join-Path $ModuleDir 'Containers.psd1') -PassThru -Force
$docs = [xml](Get-Content $docFile -Raw)
$engineDocs = [xml](Get-Content $engineDocFile -Raw)

$CommonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
$RiskParameters = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm = 'Prompts you for confirmation before running the cmdlet.'
}
$MamlNamespaces = @{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
}

# ── Reading doc comments ──────────────────────────────────────────────────────────────────────────────

function Get-DocMember([xml]$Docs, [string]$Id) {
    $Docs.SelectSingleNode("/doc/members/member[@name='$Id']")
}

function Get-DocId([string]$Prefix, [type]$Type, [string]$Member) {
    $name = $Type.FullName.Replace('+', '.')
    if ($Member) { "${Prefix}:$name.$Member" } else { "${Prefix}:$name" }
}

# Plain text of a doc element: <c>/<code> keep their text, <see cref> its short name (a rule's id for a
# rule class), <paramref>/<typeparamref> their name, <see langword> the word; whitespace runs collapse.
function ConvertTo-HelpText($Node) {
    $text = foreach ($child in $Node.ChildNodes) {
        switch ($child.NodeType) {
            'Text' { $child.Value }
            'Whitespace' { ' ' }
            'SignificantWhitespace' { ' ' }
            'Element' {
                switch ($child.LocalName) {
                    { $_ -in 'see', 'seealso' } {
                        if ($child.HasAttribute('langword')) { $child.GetAttribute('langword') }
                        elseif ($child.HasAttribute('cref')) { Resolve-Cref $child.GetAttribute('cref') }
                        else { ConvertTo-HelpText $child }
                    }
                    { $_ -in 'paramref', 'typeparamref' } { $child.GetAttribute('name') }
                    default { ConvertTo-HelpText $child }
                }
            }
        }
    }
    (-join $text) -replace '\s+', ' ' -replace '^ | $', ''
}

$script:RuleIds = @{}
function Resolve-Cref([string]$Cref) {
    $name = $Cref -replace '^\w:', '' -replace '\(.*$', ''
    if ($script:RuleIds.ContainsKey($name)) { return $script:RuleIds[$name] }
    ($name -split '\.')[-1]
}

# The description paragraphs of a member (<para type="description">, else the whole summary).
function Get-DescriptionParagraphs($Member, [string]$Type = 'description') {
    if (-not $Member) { return @() }
    $summary = $Member.SelectSingleNode('summary')
    if (-not $summary) { return @() }
    $paras = @($summary.SelectNodes("para[@type='$Type']"))
    if ($paras.Count -eq 0 -and $Type -eq 'description') { $paras = @($summary) }
    @($paras | ForEach-Object { ConvertTo-HelpText $_ } | Where-Object { $_ })
}

function Get-ParameterDescription([type]$CmdletType, [string]$Name) {
    # The doc comment sits on the class that declares the property; an override may only <inheritdoc/>.
    for ($type = $CmdletType; $type -and $type -ne [object]; $type = $type.BaseType) {
        $property = $type.GetProperty($Name, [Reflection.BindingFlags]'Public,Instance,DeclaredOnly')
        if (-not $property) { continue }
        $paras = Get-DescriptionParagraphs (Get-DocMember $docs (Get-DocId 'P' $type $Name))
        if ($paras) { return $paras }
    }
    @()
}

# ── Shapes ────────────────────────────────────────────────────────────────────────────────────────────

function Get-TypeDisplayName([type]$Type) {
    if ($Type.IsArray) { return (Get-TypeDisplayName $Type.GetElementType()) + '[]' }
    if ($Type.IsGenericType -and $Type.GetGenericTypeDefinition() -eq [Nullable`1]) { return Get-TypeDisplayName $Type.GetGenericArguments()[0] }
    $Type.Name
}

function Get-TypeFullName([type]$Type) {
    if ($Type.IsArray) { return (Get-TypeFullName $Type.GetElementType()) + '[]' }
    if ($Type.IsGenericType -and $Type.GetGenericTypeDefinition() -eq [Nullable`1]) { return Get-TypeFullName $Type.GetGenericArguments()[0] }
    $Type.FullName
}

function Get-PipelineInputText($Attributes) {
    $kinds = @()
    if ($Attributes | Where-Object ValueFromPipeline) { $kinds += 'ByValue' }
    if ($Attributes | Where-Object ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Get-DefaultValueText($Instance, [string]$Name) {
    if (-not $Instance) { return 'None' }
    $property = $Instance.GetType().GetProperty($Name)
    if (-not $property) { return 'None' }
    $value = $property.GetValue($Instance)
    if ($null -eq $value) { return 'None' }
    if ($value -is [System.Management.Automation.SwitchParameter]) { return $(if ($value.IsPresent) { 'True' } else { 'False' }) }
    if ($value -is [array]) { return $(if ($value.Length) { $value -join ', ' } else { 'None' }) }
    if ($value -is [string] -and -not $value) { return 'None' }
    "$value"
}

# ── Writing MAML ──────────────────────────────────────────────────────────────────────────────────────

function Add-Element($Parent, [string]$QualifiedName, [string]$Text) {
    $prefix, $local = $QualifiedName -split ':', 2
    $element = $Parent.OwnerDocument.CreateElement($prefix, $local, $MamlNamespaces[$prefix])
    if ($PSBoundParameters.ContainsKey('Text')) { $element.InnerText = $Text }
    [void]$Parent.AppendChild($element)
    $element
}

function Add-Description($Parent, [string[]]$Paragraphs, [string]$QualifiedName = 'maml:description') {
    $description = Add-Element $Parent $QualifiedName
    if (-not $Paragraphs) { $Paragraphs = @('') }
    foreach ($p in $Paragraphs) { [void](Add-Element $description 'maml:para' $p) }
    $description
}

function Add-Parameter($Parent, $Parameter, [string]$SetName, [type]$CmdletType, $Instance, [bool]$InSyntax) {
    $attributes = @($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
    if ($SetName) {
        $attributes = @($attributes | Where-Object { $_.ParameterSetName -in $SetName, '__AllParameterSets' })
    }
    $mandatory = [bool]($attributes | Where-Object Mandatory)
    $positions = @($attributes | Where-Object { $_.Position -ge 0 } | ForEach-Object Position | Sort-Object -Unique)
    $isSwitch = $Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]
    $globbing = [bool]($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
    $aliases = if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }

    $element = Add-Element $Parent 'command:parameter'
    $element.SetAttribute('required', "$mandatory".ToLowerInvariant())
    $element.SetAttribute('variableLength', "$($Parameter.ParameterType.IsArray)".ToLowerInvariant())
    $element.SetAttribute('globbing', "$globbing".ToLowerInvariant())
    $element.SetAttribute('pipelineInput', (Get-PipelineInputText $attributes))
    $element.SetAttribute('position', $(if ($positions.Count -eq 1) { "$($positions[0])" } else { 'named' }))
    $element.SetAttribute('aliases', $aliases)
    [void](Add-Element $element 'maml:name' $Parameter.Name)
    $description = if ($RiskParameters.ContainsKey($Parameter.Name)) { @($RiskParameters[$Parameter.Name]) } else { Get-ParameterDescription $CmdletType $Parameter.Name }
    if (-not $description) { throw "$($CmdletType.Name): the parameter -$($Parameter.Name) has no <para type=""description""> doc comment." }
    [void](Add-Description $element $description)
    $validateSet = $Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
    if ($validateSet) {
        $values = Add-Element $element 'command:parameterValueGroup'
        foreach ($v in $validateSet.ValidValues) {
            $value = Add-Element $values 'command:parameterValue' $v
            $value.SetAttribute('required', 'false')
            $value.SetAttribute('variableLength', 'false')
        }
    }
    if (-not ($isSwitch -and $InSyntax)) {
        $value = Add-Element $element 'command:parameterValue' (Get-TypeDisplayName $Parameter.ParameterType)
        $value.SetAttribute('required', "$(-not $isSwitch)".ToLowerInvariant())
        $value.SetAttribute('variableLength', "$($Parameter.ParameterType.IsArray)".ToLowerInvariant())
    }
    $devType = Add-Element $element 'dev:type'
    [void](Add-Element $devType 'maml:name' (Get-TypeFullName $Parameter.ParameterType))
    [void](Add-Element $devType 'maml:uri' '')
    [void](Add-Element $element 'dev:defaultValue' $(if ($RiskParameters.ContainsKey($Parameter.Name)) { 'False' } else { Get-DefaultValueText $Instance $Parameter.Name }))
}

function Get-HelpParameters($Command, [string]$SetName) {
    $parameters = if ($SetName) { ($Command.ParameterSets | Where-Object Name -eq $SetName).Parameters } else { $Command.Parameters.Values }
    $parameters | Where-Object { $_.Name -notin $CommonParameters -or $RiskParameters.ContainsKey($_.Name) }
}

function Add-Command($Root, $Command) {
    $type = $Command.ImplementingType
    $member = Get-DocMember $docs (Get-DocId 'T' $type)
    if (-not $member) { throw "$($Command.Name): $($type.FullName) has no doc comment in Containers.xml." }
    $synopsis = @(Get-DescriptionParagraphs $member 'synopsis')
    $description = @(Get-DescriptionParagraphs $member 'description')
    if (-not $synopsis) { throw "$($Command.Name): no <para type=""synopsis""> in the class doc comment." }
    if (-not $description) { throw "$($Command.Name): no <para type=""description""> in the class doc comment." }
    $instance = try { [Activator]::CreateInstance($type) } catch { $null }

    $commandElement = Add-Element $Root 'command:command'
    $details = Add-Element $commandElement 'command:details'
    [void](Add-Element $details 'command:name' $Command.Name)
    [void](Add-Element $details 'command:verb' $Command.Verb)
    [void](Add-Element $details 'command:noun' $Command.Noun)
    [void](Add-Description $details $synopsis)
    [void](Add-Description $commandElement $description)

    # Syntax: one item per parameter set, the default set first, as Get-Command -Syntax orders them.
    $syntax = Add-Element $commandElement 'command:syntax'
    $sets = @($Command.ParameterSets | Sort-Object { -not $_.IsDefault })
    foreach ($set in $sets) {
        $item = Add-Element $syntax 'command:syntaxItem'
        [void](Add-Element $item 'maml:name' $Command.Name)
        $setName = if ($set.Name -eq '__AllParameterSets') { $null } else { $set.Name }
        $ordered = Get-HelpParameters $Command $set.Name | Sort-Object { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } }, { -not $_.IsMandatory }
        foreach ($p in $ordered) {
            Add-Parameter $item $Command.Parameters[$p.Name] $setName $type $instance $true
        }
    }

    $parameters = Add-Element $commandElement 'command:parameters'
    foreach ($p in (Get-HelpParameters $Command $null | Sort-Object Name)) {
        Add-Parameter $parameters $p $null $type $instance $false
    }

    # Inputs: the types parameters take from the pipeline (by value), and by property name.
    $inputs = Add-Element $commandElement 'command:inputTypes'
    $pipelineParameters = @(Get-HelpParameters $Command $null | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and ($_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName) } })
    $byValue = @($pipelineParameters | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipeline } })
    foreach ($p in $byValue) {
        $inputType = Add-Element $inputs 'command:inputType'
        $devType = Add-Element $inputType 'dev:type'
        [void](Add-Element $devType 'maml:name' (Get-TypeFullName $p.ParameterType))
        [void](Add-Description $inputType @("Binds to -$($p.Name).") )
    }
    $byName = @($pipelineParameters | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName } })
    if ($byName) {
        $inputType = Add-Element $inputs 'command:inputType'
        $devType = Add-Element $inputType 'dev:type'
        [void](Add-Element $devType 'maml:name' 'System.Management.Automation.PSObject')
        [void](Add-Description $inputType @("Any object with the propert$(if ($byName.Count -gt 1) { 'ies' } else { 'y' }) $(($byName.Name | ForEach-Object { "$_" }) -join ', ') (bound by property name).") )
    }
    if (-not $pipelineParameters) {
        $inputType = Add-Element $inputs 'command:inputType'
        $devType = Add-Element $inputType 'dev:type'
        [void](Add-Element $devType 'maml:name' 'None')
        [void](Add-Description $inputType @('This cmdlet takes no pipeline input.'))
    }

    # Outputs: the OutputType attributes, described by the output class's own summary.
    $returns = Add-Element $commandElement 'command:returnValues'
    $outputTypes = @($Command.OutputType | Where-Object Type | Sort-Object Name -Unique)
    foreach ($output in $outputTypes) {
        $return = Add-Element $returns 'command:returnValue'
        $devType = Add-Element $return 'dev:type'
        [void](Add-Element $devType 'maml:name' $output.Type.FullName)
        $text = @(Get-DescriptionParagraphs (Get-DocMember $docs (Get-DocId 'T' $output.Type)))
        [void](Add-Description $return $text)
    }
    if (-not $outputTypes) {
        $return = Add-Element $returns 'command:returnValue'
        $devType = Add-Element $return 'dev:type'
        [void](Add-Element $devType 'maml:name' 'None')
        [void](Add-Description $return @('This cmdlet writes no objects.'))
    }

    $examples = Add-Element $commandElement 'command:examples'
    $number = 0
    foreach ($example in $member.SelectNodes('example')) {
        $number++
        $code = $example.SelectSingleNode('code')
        if (-not $code) { throw "$($Command.Name): example $number has no <code>." }
        $element = Add-Element $examples 'command:example'
        [void](Add-Element $element 'maml:title' "-------------------------- Example $number --------------------------")
        [void](Add-Element $element 'dev:code' ($code.InnerText.Trim() -replace '\r?\n\s*', "`n"))
        $remarks = @($example.SelectNodes('para') | ForEach-Object { ConvertTo-HelpText $_ } | Where-Object { $_ })
        [void](Add-Description $element $remarks 'dev:remarks')
    }
    if ($number -eq 0) { throw "$($Command.Name): the class doc comment has no <example>." }

    $links = Add-Element $commandElement 'command:relatedLinks'
    $related = @('about_Containers') + @($module.ExportedCmdlets.Values | Where-Object { $_.Noun -eq $Command.Noun -and $_.Name -ne $Command.Name } | ForEach-Object Name | Sort-Object)
    foreach ($name in $related) {
        $link = Add-Element $links 'maml:navigationLink'
        [void](Add-Element $link 'maml:linkText' $name)
        [void](Add-Element $link 'maml:uri' '')
    }
}

function New-Maml {
    $document = [xml]::new()
    [void]$document.AppendChild($document.CreateXmlDeclaration('1.0', 'utf-8', $null))
    $root = $document.CreateElement('helpItems', 'http://msh')
    $root.SetAttribute('schema', 'maml')
    foreach ($prefix in $MamlNamespaces.Keys) { $root.SetAttribute("xmlns:$prefix", $MamlNamespaces[$prefix]) }
    [void]$document.AppendChild($root)
    foreach ($command in ($module.ExportedCmdlets.Values | Sort-Object Name)) {
        Add-Command $root $command
    }
    $document
}

# ── The Dockerfile rules (for about_Containers_Dockerfile) ────────────────────────────────────────────

function Get-DockerfileRules {
    $engine = [Containers.Engine.Dockerfile.Analysis.DockerfileAnalyzer].Assembly
    $ruleBase = $engine.GetType('Containers.Engine.Dockerfile.Analysis.DockerfileRule', $true)
    $flags = [Reflection.BindingFlags]'Public,NonPublic,Instance'
    $ruleTypes = @($engine.GetTypes() | Where-Object { $ruleBase.IsAssignableFrom($_) -and -not $_.IsAbstract })
    $rules = foreach ($type in $ruleTypes) {
        $rule = [Activator]::CreateInstance($type, $true)
        $read = { param($name) $type.GetProperty($name, $flags).GetValue($rule) }
        $script:RuleIds[$type.FullName] = & $read 'Id'
        # The message, with each argument shown as <name>.
        $messageMethod = $type.GetMethod('Message', [Reflection.BindingFlags]'Public,NonPublic,Static')
        $message = if ($messageMethod -and -not ($messageMethod.GetParameters() | Where-Object ParameterType -ne ([string]))) {
            $messageMethod.Invoke($null, [object[]]@($messageMethod.GetParameters() | ForEach-Object { "<$($_.Name)>" }))
        }
        [pscustomobject]@{ Type = $type; Id = & $read 'Id'; Code = & $read 'DockerfileUtilsCode'; Severity = & $read 'DefaultSeverity'; Message = $message }
    }
    foreach ($rule in $rules | Sort-Object Id) {
        $rule | Add-Member NoteProperty Summary (@(Get-DescriptionParagraphs (Get-DocMember $engineDocs (Get-DocId 'T' $rule.Type))) -join ' ')
        $rule
    }
}

function Format-Wrapped([string]$Text, [string]$Indent, [int]$Width = 80) {
    $line = $Indent
    foreach ($word in $Text -split ' ') {
        if ($line.Length + $word.Length + 1 -gt $Width -and $line.Trim()) {
            $line.TrimEnd()
            $line = $Indent
        }
        $line += $word + ' '
    }
    if ($line.Trim()) { $line.TrimEnd() }
}

function Format-DockerfileRules {
    foreach ($rule in Get-DockerfileRules) {
        $code = if ($null -ne $rule.Code) { "; dockerfile-utils code $($rule.Code)" } else { '' }
        "    $($rule.Id) ($($rule.Severity)$code)"
        if ($rule.Message) { Format-Wrapped "Message: $($rule.Message)" '        ' }
        Format-Wrapped $rule.Summary '        '
        ''
    }
}

# ── Output ────────────────────────────────────────────────────────────────────────────────────────────

$helpDir = New-Item -ItemType Directory (Join-Path $ModuleDir 'en-US') -Force
$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
$writer = [System.Xml.XmlWriter]::Create((Join-Path $helpDir 'Containers.dll-Help.xml'), $settings)
try { (New-Maml).Save($writer) } finally { $writer.Dispose() }

$rulesText = $null
foreach ($topic in Get-ChildItem $SourceDir -Filter 'about_*.help.txt') {
    $lines = foreach ($line in Get-Content $topic.FullName) {
        if ($line.Trim() -eq '{{DockerfileRules}}') {
            if ($null -eq $rulesText) { $rulesText = @(Format-DockerfileRules) }
            $rulesText
        }
        else { $line }
    }
    Set-Content -Path (Join-Path $helpDir $topic.Name) -Value $lines -Encoding utf8NoBOM
}

Remove-Item $docFile, $engineDocFile
"Help: $(@($module.ExportedCmdlets.Keys).Count) cmdlets, $(@(Get-ChildItem $SourceDir -Filter 'about_*.help.txt').Count) about topics in $helpDir"
