namespace Containers.Infrastructure;

/// <summary>Id matching as the docker CLI does it: full ids or unique prefixes, with or without <c>sha256:</c>.</summary>
internal static class Ids
{
    public static string Bare(string id) => id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id[7..] : id;

    /// <summary>The items whose id equals <paramref name="idOrPrefix"/>, else those it prefixes.</summary>
    public static T[] Find<T>(IEnumerable<T> items, Func<T, string> id, string idOrPrefix)
    {
        string wanted = Bare(idOrPrefix);
        T[] found = items.Where(i => Bare(id(i)).StartsWith(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        T[] exact = found.Where(i => Bare(id(i)).Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        return exact.Length > 0 ? exact : found;
    }
}
