namespace Containers.Engine.Api;

/// <summary>Builds resource paths; validates ids before any I/O (STYLE.md "Validate before I/O").</summary>
internal static class Paths
{
    public static string Container(string idOrName, string? action = null) => Resource("containers", idOrName, action, "container");

    public static string Image(string reference, string? action = null) => Resource("images", reference, action, "image");

    public static string Volume(string name, string? action = null) => Resource("volumes", name, action, "volume");

    public static string Network(string idOrName, string? action = null) => Resource("networks", idOrName, action, "network");

    public static string Service(string idOrName, string? action = null) => Resource("services", idOrName, action, "service");

    public static string Node(string idOrName, string? action = null) => Resource("nodes", idOrName, action, "node");

    private static string Resource(string collection, string id, string? action, string what)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The {what} id or name is empty.", nameof(id));
        }
        string path = collection + "/" + Uri.EscapeDataString(id);
        return action is null ? path : path + "/" + action;
    }
}
