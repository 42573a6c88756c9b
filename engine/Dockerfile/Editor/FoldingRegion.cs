namespace Containers.Engine.Dockerfile.Editor;

/// <summary>What a <see cref="FoldingRegion"/> folds.</summary>
public enum FoldingRegionKind
{
    /// <summary>A build stage, a multi-line instruction or a here-document body.</summary>
    Region,

    /// <summary>A run of comment lines.</summary>
    Comment,
}

/// <summary>Lines that fold together: <paramref name="StartLine"/> stays visible, the rest up to <paramref name="EndLine"/> folds (0-based, inclusive).</summary>
public readonly record struct FoldingRegion(int StartLine, int EndLine, FoldingRegionKind Kind);
