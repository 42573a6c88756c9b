namespace Containers.LanguageServer.Protocol;

/// <summary>Params of the <c>containers/pushProgress</c> notification, one per progress message of the daemon.</summary>
/// <param name="PushId">The id the client gave in <see cref="PushImageParams"/>.</param>
/// <param name="Layer">The layer the message is about; null for messages about the push as a whole.</param>
/// <param name="Status">The daemon's status ("Preparing", "Pushing", "Pushed", "Layer already exists", …).</param>
/// <param name="Current">Bytes of the layer sent so far; null outside "Pushing".</param>
/// <param name="Total">The layer's size in bytes; null when unknown.</param>
public sealed record PushProgressParams(string PushId, string? Layer, string Status, long? Current, long? Total);
