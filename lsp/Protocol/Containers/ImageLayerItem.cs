namespace Containers.LanguageServer.Protocol;

/// <summary>One layer of an image (a row of <c>docker history --no-trunc</c>), newest first.</summary>
/// <param name="Id">The image id of the step; "&lt;missing&gt;" for steps built elsewhere (pulled images).</param>
/// <param name="Created">When the step ran, UTC.</param>
/// <param name="CreatedBy">The instruction that made the layer, as the daemon recorded it (<c>/bin/sh -c #(nop) CMD …</c>).</param>
/// <param name="Tags">Tags on that step's image.</param>
/// <param name="Size">Bytes the layer adds; 0 for metadata-only steps.</param>
/// <param name="Comment">The step's comment ("Imported from -" for docker import).</param>
public sealed record ImageLayerItem(string Id, DateTimeOffset Created, string CreatedBy, IReadOnlyList<string> Tags, long Size, string Comment);
