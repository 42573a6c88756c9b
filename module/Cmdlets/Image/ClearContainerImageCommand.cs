using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes unused images, like docker image prune.</para>
/// <para type="description">Removes dangling images (no tag), or with -All every image no container uses (running or
/// not). Each image is confirmed and removed on its own (ConfirmImpact High; -WhatIf lists them), never forced: an
/// image that meanwhile gained a container or a child image is kept with a warning. Outputs what was removed and the
/// bytes reclaimed.</para>
/// </summary>
/// <example>
///   <code>Clear-ContainerImage -WhatIf</code>
///   <para>Lists the dangling images that would be removed.</para>
/// </example>
/// <example>
///   <code>Clear-ContainerImage -All -Label stage=ci -Confirm:$false</code>
///   <para>Removes every unused image labelled stage=ci without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Clear, "ContainerImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PruneResult))]
public sealed class ClearContainerImageCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Removes every image no container uses, tagged or not (docker image prune -a).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// <para type="description">Only images with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        ImageSummary[] candidates;
        Dictionary<string, long> sizes;
        try
        {
            Task<IReadOnlyList<ImageSummary>> images = engine.Images.ListAsync(new ListImagesOptions { Dangling = All ? null : true, Labels = Label }, cancellationToken);
            Task<IReadOnlyList<ContainerSummary>> containers = engine.Containers.ListAsync(new ListContainersOptions { All = true }, cancellationToken);
            var used = (await containers).Select(c => c.ImageId).ToHashSet(StringComparer.Ordinal);
            candidates = (await images).Where(i => !used.Contains(i.Id)).OrderByDescending(i => i.Created).ToArray();
            sizes = candidates.ToDictionary(i => i.Id, i => i.Size - Math.Max(i.SharedSize, 0), StringComparer.Ordinal);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ImageNotFound, null);
            return;
        }
        if (candidates.Length == 0)
        {
            WriteVerbose(All ? "No unused image to remove." : "No dangling image to remove.");
        }
        var deleted = new List<string>();
        var untagged = new List<string>();
        long reclaimed = 0;
        foreach (ImageSummary image in candidates)
        {
            string tags = image.RepoTags.Count > 0 ? string.Join(", ", image.RepoTags) + " " : "";
            if (!ShouldProcess($"image {tags}({DisplayFormat.ShortId(image.Id)})", "Remove"))
            {
                continue;
            }
            // Untag each reference (the last one deletes the image), or delete an untagged image by id; never forced.
            string[] references = image.RepoTags.Count > 0 ? [.. image.RepoTags] : [image.Id];
            try
            {
                foreach (string reference in references)
                {
                    RemoveImageResult result = await engine.Images.RemoveAsync(reference, new RemoveImageOptions(), cancellationToken);
                    untagged.AddRange(result.Untagged);
                    deleted.AddRange(result.Deleted);
                }
                reclaimed += sizes.GetValueOrDefault(image.Id);
            }
            catch (EngineConflictException e)
            {
                WriteWarning($"Kept image {tags}({DisplayFormat.ShortId(image.Id)}): {e.Message}");
            }
            catch (EngineNotFoundException)
            {
                WriteVerbose($"Image {DisplayFormat.ShortId(image.Id)} was already gone.");
            }
            catch (EngineException e)
            {
                WriteEngineError(e, ErrorIds.ImageNotFound, image.Id);
            }
        }
        if (!IsWhatIf)
        {
            WriteObject(new PruneResult { Deleted = deleted, Untagged = untagged, SpaceReclaimed = reclaimed });
        }
    }
}
