using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>A resolved value shown after a variable reference.</summary>
/// <param name="Position">Just after the reference.</param>
/// <param name="Label">The text shown (<c>= value</c>, shortened).</param>
/// <param name="Tooltip">The whole value.</param>
public sealed record EditorInlayHint(TextPosition Position, string Label, string Tooltip);

/// <summary>Inlay hints: the value of every variable reference whose value the Dockerfile alone decides.</summary>
public static class DockerfileInlayHints
{
    private const int MaxLabel = 40;

    /// <summary>The hints of <paramref name="snapshot"/> whose position lies in <paramref name="range"/>, in text order.</summary>
    public static IReadOnlyList<EditorInlayHint> Get(DockerfileSnapshot snapshot, TextRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var hints = new List<EditorInlayHint>();
        foreach (var reference in snapshot.Semantics.VariableReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!range.Contains(reference.Range.End) || reference.Declaration is not { IsValueKnown: true, Value: { } value })
            {
                continue;
            }

            var label = value.Length > MaxLabel ? value[..(MaxLabel - 1)] + "…" : value;
            hints.Add(new EditorInlayHint(reference.Range.End, $"= {label}", value));
        }

        return hints;
    }
}
