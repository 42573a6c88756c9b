namespace Containers.Engine.Api;

/// <summary>Collects Engine API list filters (<c>label=a=b</c>, <c>status=exited</c>, …).</summary>
internal sealed class Filters : Dictionary<string, List<string>>
{
    public Filters Add(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return this;
        }
        foreach (string value in values)
        {
            Add(name, value);
        }
        return this;
    }

    public Filters Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        if (!TryGetValue(name, out List<string>? list))
        {
            list = [];
            this[name] = list;
        }
        list.Add(value);
        return this;
    }
}
