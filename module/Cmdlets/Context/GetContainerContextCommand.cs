using System.Management.Automation;
using Containers.Engine.Connection;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the docker CLI's contexts, like docker context ls.</para>
/// <para type="description">Lists "default" (DOCKER_HOST or the local engine) and every context stored under the docker CLI's
/// configuration folder (DOCKER_CONFIG, else ~/.docker), marking the current one: the context cmdlets and the docker CLI use
/// when none is named. Reads contexts the docker CLI created, and the CLI reads those New-ContainerContext creates.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerContext</code>
///   <para>Lists the contexts; Current marks the one in use.</para>
/// </example>
/// <example>
///   <code>Get-Container -Context (Get-ContainerContext)</code>
///   <para>Lists the running containers of every engine you have a context for, each tagged with its context.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerContext")]
[OutputType(typeof(ContainerContextInfo))]
public sealed class GetContainerContextCommand : PSCmdlet
{
    /// <summary>
    /// <para type="description">Names of contexts to get. Wildcards are allowed; a name without wildcards that matches nothing is an
    /// ObjectNotFound error.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContextNameCompleter))]
    public string[]? Name { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ContextStore store = ContextStore.FromEnvironment();
        List<ContainerContextInfo> contexts;
        try
        {
            contexts = ContextListing.All(store);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(e, ErrorIds.InvalidDockerHost, ErrorCategory.ReadError, store.ConfigDirectory));
            return;
        }
        var patterns = new NamePatterns(Name);
        foreach (ContainerContextInfo context in contexts)
        {
            if (patterns.Matches([context.Name]))
            {
                WriteObject(context);
            }
        }
        foreach (string missing in patterns.UnmatchedLiterals())
        {
            WriteError(EngineErrors.NotFound(ErrorIds.ContextNotFound, $"No context named '{missing}' exists in {Path.Combine(store.ConfigDirectory, "contexts")}.", missing));
        }
    }
}
