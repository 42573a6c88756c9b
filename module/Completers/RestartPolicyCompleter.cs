using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Containers.Completers;

/// <summary>Completes -RestartPolicy with the policies docker knows.</summary>
public sealed class RestartPolicyCompleter : IArgumentCompleter
{
    private static readonly string[] s_policies = ["no", "always", "unless-stopped", "on-failure"];

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completion.Filter(s_policies, wordToComplete);
}
