using System.Management.Automation;

namespace Containers.Completers;

/// <summary>Shared matching for completers: prefix match ignoring case, quoting names that need it.</summary>
internal static class Completion
{
    public static IEnumerable<CompletionResult> Filter(IEnumerable<string> candidates, string wordToComplete)
    {
        string typed = wordToComplete.Trim('\'', '"');
        foreach (string name in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            {
                string text = name.IndexOfAny([' ', '\'', '"', '$', '`', ';', '(', ')', '{', '}', ',']) >= 0 ? $"'{name.Replace("'", "''", StringComparison.Ordinal)}'" : name;
                yield return new CompletionResult(text, name, CompletionResultType.ParameterValue, name);
            }
        }
    }
}
