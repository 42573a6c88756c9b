namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/stopStats</c>: ends the stats stream <paramref name="StreamId"/> (its request then answers normally). Unknown ids are ignored.</summary>
/// <param name="StreamId">The id given in <see cref="StreamStatsParams"/>.</param>
public sealed record StopStatsParams(string StreamId);
