using System.Management.Automation;
using System.Management.Automation.Language;

namespace Containers.Module.Tests.Help;

/// <summary>How the tests treat an example of the help (issue #12: examples are run, not just shown).</summary>
public enum ExampleKind
{
    /// <summary>Only parsed and checked against the real parameters: it names objects the test engine lacks, or changes shared state.</summary>
    ParseOnly,

    /// <summary>
    /// Run: it makes its own objects and removes them. Its code names every object <c>example-…</c> and uses the
    /// image <c>containers-test/busybox:latest</c>; the test makes the names unique per run and fails on leftovers.
    /// </summary>
    SelfContained,

    /// <summary>
    /// Run: it only reads. Every module cmdlet in it is a Get-/Test- cmdlet or carries -WhatIf, none is given
    /// an object name (positional argument, -Name, -Id, -Path), -Follow (it would never end), another engine (-DockerHost, -Context) or the output of
    /// another module cmdlet (whose objects other tests may remove meanwhile), and the other commands are
    /// read-only helpers (Select-Object, Where-Object…).
    /// </summary>
    ReadOnly,
}

/// <summary>
/// The convention that decides which examples a test runs (<see cref="ExampleKind"/>); documented here and in
/// tests/Module.Tests/Help/README.md so authors of examples know how to make theirs runnable.
/// </summary>
public static class ExampleConvention
{
    public const string NamePrefix = "example-";
    public const string TestImage = "containers-test/busybox:latest";

    private static readonly HashSet<string> s_readOnlyHelpers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Select-Object", "Where-Object", "Sort-Object", "Group-Object", "Measure-Object", "ForEach-Object",
        "Format-Table", "Format-List", "Out-String", "Out-Null", "Write-Output", "Write-Warning", "Write-Host", "New-TimeSpan",
    };

    private static readonly HashSet<string> s_readOnlyVerbs = new(StringComparer.OrdinalIgnoreCase) { "Get", "Test" };

    private static readonly HashSet<string> s_targetParameters = new(StringComparer.OrdinalIgnoreCase) { "Name", "Id", "Path", "LiteralPath", "DockerHost", "Context" };

    // Examples that stream until the user presses Ctrl+C (-Follow) would never end in a test: they are only parsed.
    private static readonly HashSet<string> s_endlessParameters = new(StringComparer.OrdinalIgnoreCase) { "Follow" };

    /// <summary>Parses <paramref name="code"/>; throws with the parse errors if it does not parse.</summary>
    public static ScriptBlockAst Parse(string code)
    {
        ScriptBlockAst ast = Parser.ParseInput(code, out _, out ParseError[] errors);
        Assert.True(errors.Length == 0, $"'{code}' does not parse: " + string.Join("; ", errors.Select(e => e.Message)));
        return ast;
    }

    public static IEnumerable<CommandAst> Commands(Ast ast) => ast.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>();

    /// <summary>The parameter a <see cref="CommandParameterAst"/> names, resolved as the binder does (name, alias or unique prefix).</summary>
    public static ParameterMetadata? Resolve(CommandInfo command, CommandParameterAst parameter)
    {
        string name = parameter.ParameterName;
        ParameterMetadata[] matches = [.. command.Parameters.Values.Where(p =>
            p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || p.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))];
        if (matches.Length == 0)
        {
            matches = [.. command.Parameters.Values.Where(p => p.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase))];
        }
        return matches.Length == 1 ? matches[0] : null;
    }

    /// <summary>True for <c>--</c>, after which every word is an argument.</summary>
    public static bool IsEndOfParameters(CommandParameterAst parameter) => parameter.Extent.Text == "--";

    public static ExampleKind Classify(string code, IReadOnlyDictionary<string, CommandInfo> moduleCommands)
    {
        if (code.Contains(NamePrefix, StringComparison.Ordinal))
        {
            return ExampleKind.SelfContained;
        }
        ScriptBlockAst ast = Parse(code);
        foreach (PipelineAst pipeline in ast.FindAll(a => a is PipelineAst, true).Cast<PipelineAst>())
        {
            if (pipeline.PipelineElements.OfType<CommandAst>().Count(c => moduleCommands.ContainsKey(c.GetCommandName() ?? "")) > 1)
            {
                return ExampleKind.ParseOnly;
            }
        }
        foreach (CommandAst command in Commands(ast))
        {
            string name = command.GetCommandName() ?? "";
            if (!moduleCommands.TryGetValue(name, out CommandInfo? info))
            {
                if (!s_readOnlyHelpers.Contains(name))
                {
                    return ExampleKind.ParseOnly;
                }
                continue;
            }
            if (!IsReadOnlyCall(command, (CmdletInfo)info))
            {
                return ExampleKind.ParseOnly;
            }
        }
        return ExampleKind.ReadOnly;
    }

    private static bool IsReadOnlyCall(CommandAst command, CmdletInfo info)
    {
        bool whatIf = false;
        var elements = command.CommandElements.Skip(1).ToArray();
        for (int i = 0; i < elements.Length; i++)
        {
            if (elements[i] is CommandParameterAst parameter)
            {
                ParameterMetadata? metadata = Resolve(info, parameter);
                if (metadata is null || s_targetParameters.Contains(metadata.Name) || s_endlessParameters.Contains(metadata.Name))
                {
                    return false;
                }
                whatIf |= metadata.Name == "WhatIf";
                if (parameter.Argument is null && !metadata.SwitchParameter)
                {
                    i++; // its value
                }
                continue;
            }
            return false; // a positional argument: an object name
        }
        return whatIf || s_readOnlyVerbs.Contains(info.Verb);
    }
}
