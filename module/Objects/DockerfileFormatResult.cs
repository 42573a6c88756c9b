namespace Containers;

/// <summary>What Format-Dockerfile did, or would do (-Check, -WhatIf), to one Dockerfile.</summary>
public sealed class DockerfileFormatResult
{
    internal DockerfileFormatResult(string path, bool changed, bool written, int[] changedLines)
    {
        Path = path;
        Changed = changed;
        Written = written;
        ChangedLines = changedLines;
    }

    /// <summary>The full path of the Dockerfile.</summary>
    public string Path { get; }

    /// <summary>True when formatting changes the file's text.</summary>
    public bool Changed { get; }

    /// <summary>True when the file was rewritten (false with -Check, -WhatIf, or when nothing changed).</summary>
    public bool Written { get; }

    /// <summary>The 1-based lines whose leading whitespace formatting changes.</summary>
    public int[] ChangedLines { get; }

    /// <inheritdoc />
    public override string ToString() => Changed ? $"{Path}: {ChangedLines.Length} line(s) to format" : $"{Path}: formatted";
}
