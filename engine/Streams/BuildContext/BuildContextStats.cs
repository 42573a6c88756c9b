namespace Containers.Engine.Streams.BuildContext;

/// <summary>What a build context tar held: entries written and bytes (tar framing included).</summary>
internal readonly record struct BuildContextStats(int Entries, long Bytes);
