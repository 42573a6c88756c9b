namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// Go's time.ParseDuration, which BuildKit uses for HEALTHCHECK's duration flags: a signed sequence of decimal
/// numbers each with a unit (ns, us, µs, μs, ms, s, m, h), or a bare "0".
/// </summary>
internal static class GoDuration
{
    public enum Problem
    {
        None,
        Invalid,
        MissingUnit,
        UnknownUnit,
    }

    private static readonly Dictionary<string, double> s_nanosecondsPerUnit = new(StringComparer.Ordinal)
    {
        ["ns"] = 1,
        ["us"] = 1e3,
        ["\u00b5s"] = 1e3,
        ["\u03bcs"] = 1e3,
        ["ms"] = 1e6,
        ["s"] = 1e9,
        ["m"] = 60e9,
        ["h"] = 3600e9,
    };

    /// <summary>Parses <paramref name="text"/>; <paramref name="nanoseconds"/> is the signed value when it parses.</summary>
    public static Problem TryParse(string text, out double nanoseconds)
    {
        nanoseconds = 0;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.SequenceEqual("0"))
        {
            return Problem.None;
        }

        if (s.IsEmpty)
        {
            return Problem.Invalid;
        }

        while (!s.IsEmpty)
        {
            // The number: digits, optionally a '.' and more digits; at least one digit in all.
            var i = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            var digits = i;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var fraction = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                digits += i - fraction;
            }

            if (digits == 0)
            {
                return Problem.Invalid;
            }

            var number = double.Parse(s[..i], System.Globalization.CultureInfo.InvariantCulture);
            s = s[i..];

            // The unit: everything up to the next number.
            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                return Problem.MissingUnit;
            }

            if (!s_nanosecondsPerUnit.TryGetValue(s[..unitLength].ToString(), out var scale))
            {
                return Problem.UnknownUnit;
            }

            nanoseconds += number * scale;
            s = s[unitLength..];
        }

        if (negative)
        {
            nanoseconds = -nanoseconds;
        }

        return Problem.None;
    }
}
