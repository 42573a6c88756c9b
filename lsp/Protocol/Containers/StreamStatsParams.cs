namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Params of <c>containers/streamStats</c>: samples of <paramref name="Container"/> come as <c>containers/statsSample</c>
/// notifications (about one a second) until the client cancels the request ($/cancelRequest) or the container stops.
/// </summary>
/// <param name="StreamId">The client's name for this stream; every sample carries it.</param>
/// <param name="Container">Container id or name.</param>
public sealed record StreamStatsParams(string StreamId, string Container);
