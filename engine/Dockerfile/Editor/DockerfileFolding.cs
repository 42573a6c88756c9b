using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Folding: each build stage, each instruction over several lines (continuations, here-documents), each
/// here-document body, and each run of two or more comment lines (as dockerfile-language-server folds them).
/// </summary>
public static class DockerfileFolding
{
    /// <summary>The regions of <paramref name="snapshot"/>, ordered by start line; every region spans at least two lines.</summary>
    public static IReadOnlyList<FoldingRegion> Get(DockerfileSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var regions = new List<FoldingRegion>();
        foreach (var stage in snapshot.Semantics.Stages)
        {
            Add(regions, stage.Range.Start.Line, stage.Range.End.Line, FoldingRegionKind.Region);
        }

        foreach (var instruction in snapshot.Syntax.Instructions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(regions, instruction.Range.Start.Line, LastLine(instruction.Range), FoldingRegionKind.Region);
            foreach (var heredoc in instruction.Heredocs)
            {
                if (heredoc.BodyRange is { } body)
                {
                    Add(regions, body.Start.Line - 1, heredoc.Terminator?.Range.Start.Line ?? body.End.Line, FoldingRegionKind.Region);
                }
            }
        }

        var comments = snapshot.Syntax.Comments;
        for (var i = 0; i < comments.Count;)
        {
            var j = i;
            while (j + 1 < comments.Count && comments[j + 1].Range.Start.Line == comments[j].Range.Start.Line + 1)
            {
                j++;
            }

            Add(regions, comments[i].Range.Start.Line, comments[j].Range.Start.Line, FoldingRegionKind.Comment);
            i = j + 1;
        }

        regions.Sort((a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : b.EndLine.CompareTo(a.EndLine));
        return regions.Distinct().ToList();
    }

    // An instruction range ends just after its last character, which is on its last line.
    private static int LastLine(TextRange range) => range.End.Character == 0 && range.End.Line > range.Start.Line ? range.End.Line - 1 : range.End.Line;

    private static void Add(List<FoldingRegion> regions, int start, int end, FoldingRegionKind kind)
    {
        if (end > start && start >= 0)
        {
            regions.Add(new FoldingRegion(start, end, kind));
        }
    }
}
