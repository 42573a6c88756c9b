using System.Management.Automation;
using Containers.Engine.Connection;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Makes a context the current one, for this session or, with -Persist, like docker context use.</para>
/// <para type="description">Without -Persist the context applies to this PowerShell session only: the module sets DOCKER_CONTEXT in
/// the process environment, so every cmdlet and any docker CLI started from this session use it. With -Persist it also writes
/// currentContext into the docker CLI's config.json, keeping every other setting in that file, exactly as docker context use
/// does; "default" then removes currentContext. DOCKER_HOST, when set, still takes precedence (a warning says so), as in the
/// docker CLI.</para>
/// </summary>
/// <example>
///   <code>Use-ContainerContext remote; Get-Container</code>
///   <para>Lists the containers of the engine the context "remote" points at, for the rest of the session.</para>
/// </example>
/// <example>
///   <code>Use-ContainerContext default -Persist</code>
///   <para>Goes back to the local engine for this session, new sessions and the docker CLI.</para>
/// </example>
[Cmdlet(VerbsOther.Use, "ContainerContext", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerContextInfo))]
public sealed class UseContainerContextCommand : PSCmdlet
{
    /// <summary>
    /// <para type="description">The context to use; "default" for DOCKER_HOST or the local engine.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContextNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">Also writes currentContext into config.json, for new sessions and the docker CLI.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Persist { get; set; }

    /// <summary>
    /// <para type="description">Writes the context now in use.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ContextStore store = ContextStore.FromEnvironment();
        DockerContext? stored = null;
        try
        {
            if (Name != DockerContext.DefaultName && (stored = store.Find(Name)) is null)
            {
                WriteError(EngineErrors.NotFound(ErrorIds.ContextNotFound, $"No context named '{Name}' exists in {Path.Combine(store.ConfigDirectory, "contexts")}.", Name));
                return;
            }
            string where = Persist ? $"this session and {Path.Combine(store.ConfigDirectory, "config.json")}" : "this session";
            if (!ShouldProcess($"context '{Name}' for {where}", "Use"))
            {
                return;
            }
            if (Persist)
            {
                store.WriteCurrentContext(Name);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.InvalidDockerHost, ErrorCategory.WriteError, Name));
            return;
        }
        // Process-wide on purpose: the docker CLI started from this session follows too.
        Environment.SetEnvironmentVariable(EndpointResolver.DockerContextVariable, Name == DockerContext.DefaultName && Persist ? null : Name);
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EndpointResolver.DockerHostVariable)))
        {
            WriteWarning($"DOCKER_HOST is set and overrides the context '{Name}'; clear it ($env:DOCKER_HOST = $null) to use the context.");
        }
        if (PassThru)
        {
            WriteObject(stored is null
                ? ContextListing.All(store).First(c => c.Name == DockerContext.DefaultName)
                : ContextListing.From(store, stored, EndpointResolver.CurrentContextName()));
        }
    }
}
