using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Containers.Engine.Connection;

namespace Containers.Completers;

/// <summary>Completes -Context with "default" and the docker CLI's stored contexts. Never throws.</summary>
public sealed class ContextNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var names = new List<string> { DockerContext.DefaultName };
        try
        {
            names.AddRange(ContextStore.FromEnvironment().List().Select(c => c.Name));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A broken store completes only "default".
        }
        return Completion.Filter(names, wordToComplete);
    }
}
