using System.Globalization;

namespace Containers;

/// <summary>One process in a container, as docker top lists it; every ps column is in <see cref="Columns"/>.</summary>
public sealed class ContainerProcessInfo
{
    internal ContainerProcessInfo(string container, IReadOnlyList<string> titles, IReadOnlyList<string> row)
    {
        Container = container;
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < titles.Count && i < row.Count; i++)
        {
            columns[titles[i]] = row[i];
        }
        Columns = columns;
        Pid = ParseInt(columns.GetValueOrDefault("PID"));
        ParentPid = ParseInt(columns.GetValueOrDefault("PPID"));
        User = columns.GetValueOrDefault("UID") ?? columns.GetValueOrDefault("USER") ?? "";
        Command = columns.GetValueOrDefault("CMD") ?? columns.GetValueOrDefault("COMMAND") ?? "";
        Time = columns.GetValueOrDefault("TIME") ?? "";
    }

    /// <summary>The container's name.</summary>
    public string Container { get; }

    /// <summary>The process id on the engine's host; null when ps did not report it.</summary>
    public int? Pid { get; }

    /// <summary>The parent process id on the engine's host; null when ps did not report it.</summary>
    public int? ParentPid { get; }

    /// <summary>The user running it.</summary>
    public string User { get; }

    /// <summary>CPU time used, as ps prints it.</summary>
    public string Time { get; }

    /// <summary>The command line.</summary>
    public string Command { get; }

    /// <summary>Every ps column by title.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    private static int? ParseInt(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;
}
