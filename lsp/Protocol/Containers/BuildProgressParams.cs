namespace Containers.LanguageServer.Protocol;

/// <summary>Params of the <c>containers/buildProgress</c> notification, sent while a build runs, in order.</summary>
/// <param name="BuildId">The id the client gave in <see cref="BuildImageParams"/>.</param>
/// <param name="Kind">context (the context is being sent), step (a step starts), or output (one line of build output).</param>
/// <param name="Step">The current step, 1-based; 0 before the first.</param>
/// <param name="StepCount">The number of steps; 0 before the first.</param>
/// <param name="Text">step: the instruction; output: the line; null for context.</param>
/// <param name="ContextBytes">Bytes of the context sent so far.</param>
public sealed record BuildProgressParams(string BuildId, string Kind, int Step, int StepCount, string? Text, long ContextBytes);
