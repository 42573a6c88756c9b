namespace Containers.Engine.Streams;

/// <summary>Which stream a chunk of container output belongs to (the first byte of a multiplexed frame header).</summary>
public enum StreamKind
{
    /// <summary>0: stdin (only echoed back on some attach calls).</summary>
    Stdin = 0,
    /// <summary>1: stdout.</summary>
    Stdout = 1,
    /// <summary>2: stderr.</summary>
    Stderr = 2,
    /// <summary>3: an error of the daemon itself, written into the stream.</summary>
    SystemError = 3,
}
