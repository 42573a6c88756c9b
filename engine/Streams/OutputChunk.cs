namespace Containers.Engine.Streams;

/// <summary>A piece of container output from one stream. <see cref="Data"/> is valid only until the next read.</summary>
public readonly record struct OutputChunk(StreamKind Stream, ReadOnlyMemory<byte> Data);
