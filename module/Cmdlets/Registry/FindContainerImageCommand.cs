using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Searches a registry for images, like docker search.</para>
/// <para type="description">Asks the registry named in the term (Docker Hub when none) for matching repositories. Only
/// Docker Hub and registries with its search API can answer: the reference registry (distribution), Harbor, GHCR and
/// most private registries have none, which is a NotImplemented error (RegistrySearchUnsupported) saying so.</para>
/// </summary>
/// <example>
///   <code>Find-ContainerImage nginx -Official -Limit 5</code>
///   <para>Finds up to five official images matching nginx on Docker Hub.</para>
/// </example>
[Cmdlet(VerbsCommon.Find, "ContainerImage")]
[OutputType(typeof(ContainerImageSearchInfo))]
public sealed class FindContainerImageCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">What to search for; prefix a registry host to search that registry (registry.example.com/app).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string[] Term { get; set; } = [];

    /// <summary>
    /// <para type="description">The most results per term (1 to 100; default: the registry's, 25).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? Limit { get; set; }

    /// <summary>
    /// <para type="description">Only images with at least this many stars.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? MinimumStars { get; set; }

    /// <summary>
    /// <para type="description">Only official images.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Official { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string term in Term)
        {
            try
            {
                RegistryAuth? auth = await RegistryCredentials.Store().GetAsync(RegistryNames.RegistryOf(term), cancellationToken);
                IReadOnlyList<ImageSearchResult> results = await engine.Images.SearchAsync(term, new SearchImagesOptions
                {
                    Limit = Limit,
                    MinimumStars = MinimumStars,
                    IsOfficial = Official ? true : null,
                    Auth = auth,
                }, cancellationToken);
                foreach (ImageSearchResult result in results)
                {
                    WriteObject(new ContainerImageSearchInfo(result));
                }
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteEngineError(e, ErrorIds.ImageNotFound, term);
            }
        }
    }
}
