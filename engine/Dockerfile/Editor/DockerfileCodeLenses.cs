using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>A "build this stage" lens above a named stage's FROM.</summary>
/// <param name="Range">The FROM instruction's keyword.</param>
/// <param name="StageName">The stage name, as <c>docker build --target</c> takes it.</param>
public sealed record EditorStageLens(TextRange Range, string StageName);

/// <summary>Code lenses: one per named build stage (an unnamed stage cannot be a <c>--target</c>).</summary>
public static class DockerfileCodeLenses
{
    /// <summary>The lenses of <paramref name="snapshot"/>, in text order.</summary>
    public static IReadOnlyList<EditorStageLens> Get(DockerfileSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Semantics.Stages
            .Where(s => s.Name is { Text.Length: > 0 })
            .Select(s => new EditorStageLens(s.From.Keyword.Range, s.Name!.Text))];
    }
}
