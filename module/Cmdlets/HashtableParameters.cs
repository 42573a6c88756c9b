using System.Collections;
using System.Globalization;

namespace Containers;

/// <summary>Hashtable parameters (-Label @{…}, -DriverOption @{…}) as the string maps the engine takes.</summary>
internal static class HashtableParameters
{
    public static Dictionary<string, string>? ToStrings(IDictionary? table)
    {
        if (table is null)
        {
            return null;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in table)
        {
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = Convert.ToString(entry.Value, CultureInfo.InvariantCulture) ?? "";
        }
        return result;
    }
}
