namespace Containers.Tests;

/// <summary>
/// Compares our listing with the CLI's while other tests create and remove objects on the same engine:
/// the CLI lists before and after ours, and ours must hold everything present in both and nothing that is
/// in neither. Exactly "the same ids" when nothing changes; no false failure when something does.
/// </summary>
internal static class Snapshots
{
    public static void AssertSameAsCli(Func<IEnumerable<string>> ours, Func<IEnumerable<string>> cli)
    {
        var before = cli().ToHashSet(StringComparer.Ordinal);
        var listed = ours().ToList();
        var after = cli().ToHashSet(StringComparer.Ordinal);
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        var stable = new HashSet<string>(before, StringComparer.Ordinal);
        stable.IntersectWith(after);
        var seen = new HashSet<string>(before, StringComparer.Ordinal);
        seen.UnionWith(after);
        Assert.Empty(stable.Except(listed));
        Assert.Empty(listed.Except(seen));
        Assert.NotEmpty(listed);
    }
}
