using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>Runs the whole analyzer (as editors and Test-Dockerfile do) and keeps one rule's diagnostics.</summary>
internal static class RuleRunner
{
    public static IReadOnlyList<DockerfileDiagnostic> Diagnostics(string text) => DockerfileSnapshot.Create(text, 1).Diagnostics;

    public static DockerfileDiagnostic[] Of(string ruleId, string text) =>
        [.. Diagnostics(text).Where(d => d.RuleId == ruleId)];
}
