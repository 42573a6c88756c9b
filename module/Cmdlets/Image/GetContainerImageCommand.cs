using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets images, like docker images.</para>
/// <para type="description">Lists the images of a Docker engine as objects with sizes in bytes and real dates.
/// -Name matches repository:tag references with wildcards; a reference without a tag matches every tag, and a
/// repository@sha256:… reference matches the image a registry gave that digest.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerImage | Where-Object Size -gt 1GB</code>
///   <para>Finds the images larger than 1 GB.</para>
/// </example>
/// <example>
///   <code>Get-ContainerImage registry.example.com/app@sha256:4f53e2564d4a2e5b7e2a3c4f2a4b9b1a0e8f4c1d2b3a4c5d6e7f8091a2b3c4d5e6</code>
///   <para>Gets the image pulled or pushed under that digest.</para>
/// </example>
/// <example>
///   <code>Get-ContainerImage busybox*</code>
///   <para>Lists the images whose repository starts with busybox.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerImage", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerImageInfo))]
public sealed class GetContainerImageCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);

    /// <summary>
    /// <para type="description">References to get (repository, repository:tag or repository@digest). Wildcards are allowed; a reference
    /// without wildcards that matches nothing is an ObjectNotFound error.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Reference")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Image ids (with or without sha256:) or unique prefixes of them.</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>
    /// <para type="description">Includes intermediate images (docker images -a).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// <para type="description">Keeps only dangling images (no tag).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Dangling { get; set; }

    /// <summary>
    /// <para type="description">Keeps images with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<ImageSummary> images;
        try
        {
            images = await engine.Images.ListAsync(new ListImagesOptions { All = All, Dangling = Dangling ? true : null, Labels = Label }, cancellationToken);
        }
        catch (Engine.Errors.EngineException e)
        {
            WriteEngineError(e, ErrorIds.ImageNotFound, Name ?? Id);
            return;
        }
        string context = ContextName;
        string host = Endpoint.Url;
        if (ParameterSetName == ById)
        {
            foreach (string id in Id!)
            {
                ImageSummary[] found = Ids.Find(images, i => i.Id, id);
                if (found.Length == 0)
                {
                    WriteError(EngineErrors.NotFound(ErrorIds.ImageNotFound, $"No image with id '{id}' was found at {host}.", id));
                }
                foreach (ImageSummary image in found)
                {
                    WriteObject(new ContainerImageInfo(image, context, host));
                }
            }
            return;
        }
        var patterns = new NamePatterns(Name?.Select(WithTagWildcard));
        foreach (ImageSummary image in images)
        {
            // Both lists are always matched (`|`): each pattern must be marked for the not-found report.
            if (patterns.Matches(image.RepoTags) | patterns.Matches(image.RepoDigests))
            {
                string? matched = patterns.IsEmpty ? null : image.RepoTags.Concat(image.RepoDigests).FirstOrDefault(patterns.IsMatch);
                WriteObject(new ContainerImageInfo(image, context, host, matched));
            }
        }
        foreach (string missing in patterns.UnmatchedLiterals())
        {
            WriteError(EngineErrors.NotFound(ErrorIds.ImageNotFound, $"No image '{missing}' was found at {host}.", missing));
        }
    }

    // "busybox" means every tag of busybox, as `docker images busybox` does; "busybox:1.36" and "busybox@sha256:…" are exact.
    private static string WithTagWildcard(string reference)
    {
        int slash = reference.LastIndexOf('/');
        return reference.IndexOf(':', slash + 1) >= 0 || reference.Contains('@', StringComparison.Ordinal) || reference.EndsWith('*') ? reference : reference + ":*";
    }
}
