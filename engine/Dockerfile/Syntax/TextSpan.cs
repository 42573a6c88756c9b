namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// A slice of the parsed text in UTF-16 code unit offsets into <see cref="DockerfileSyntax.Text"/>
/// (a leading byte-order mark counts as offset 0). Every node keeps its span, so the tree can be mapped
/// back to the exact text it came from.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just after the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span between two offsets (end exclusive).</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
