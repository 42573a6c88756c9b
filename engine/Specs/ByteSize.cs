using System.Globalization;

namespace Containers.Engine.Specs;

/// <summary>Memory sizes as the docker CLI reads them: a number with an optional unit b, k, m, g, t (binary units).</summary>
public static class ByteSize
{
    /// <summary>Parses "512m", "1.5g", "1024" (bytes) into bytes.</summary>
    /// <exception cref="FormatException">Not a size; the message says why.</exception>
    public static long Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string value = text.Trim().ToLowerInvariant();
        if (value.EndsWith('b') && value.Length > 1 && !char.IsDigit(value[^2]))
        {
            value = value[..^1];
        }
        long multiplier = 1;
        if (value.Length > 0 && char.IsLetter(value[^1]))
        {
            multiplier = value[^1] switch
            {
                'b' => 1,
                'k' => 1L << 10,
                'm' => 1L << 20,
                'g' => 1L << 30,
                't' => 1L << 40,
                _ => throw new FormatException($"'{text}' has an unknown unit '{value[^1]}'; use b, k, m, g or t."),
            };
            value = value[..^1];
        }
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number) || number < 0)
        {
            throw new FormatException($"'{text}' is not a size; expected a number with an optional unit, e.g. 512m or 1.5g.");
        }
        return checked((long)(number * multiplier));
    }
}
