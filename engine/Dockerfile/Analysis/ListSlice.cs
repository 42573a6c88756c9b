namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>A read-only window [start, start + count) on a list, without copying it (a stage's share of the model's references).</summary>
internal sealed class ListSlice<T>(IReadOnlyList<T> list, int start, int count) : IReadOnlyList<T>
{
    public static ListSlice<T> Empty { get; } = new([], 0, 0);

    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? list[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return list[start + i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
