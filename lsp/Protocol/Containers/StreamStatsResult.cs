namespace Containers.LanguageServer.Protocol;

/// <summary>Result of <c>containers/streamStats</c>, once the container stopped or <c>containers/stopStats</c> ended it (a cancelled request answers with the cancellation error).</summary>
/// <param name="Samples">How many samples were sent.</param>
public sealed record StreamStatsResult(int Samples);
