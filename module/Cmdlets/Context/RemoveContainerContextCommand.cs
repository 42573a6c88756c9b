using System.Management.Automation;
using Containers.Engine.Connection;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes docker CLI contexts, like docker context rm.</para>
/// <para type="description">Deletes the context's metadata and TLS files from the docker CLI's configuration. The current context is
/// refused unless -Force, as the docker CLI does; with -Force the current context goes back to "default" (in config.json and in this
/// session). "default" cannot be removed.</para>
/// </summary>
/// <example>
///   <code>Remove-ContainerContext remote</code>
///   <para>Removes the context "remote".</para>
/// </example>
/// <example>
///   <code>Get-ContainerContext test-* | Remove-ContainerContext -WhatIf</code>
///   <para>Shows which contexts whose names start with test- would be removed.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "ContainerContext", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class RemoveContainerContextCommand : PSCmdlet
{
    /// <summary>
    /// <para type="description">Names of the contexts to remove.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContextNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Removes the current context too, making "default" current.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ContextStore store = ContextStore.FromEnvironment();
        foreach (string name in Name)
        {
            try
            {
                Remove(store, name);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(e, ErrorIds.InvalidArgument, ErrorCategory.WriteError, name));
            }
        }
    }

    private void Remove(ContextStore store, string name)
    {
        if (name == DockerContext.DefaultName)
        {
            WriteError(new ErrorRecord(new InvalidOperationException("The context \"default\" cannot be removed."), ErrorIds.InvalidArgument, ErrorCategory.InvalidOperation, name));
            return;
        }
        DockerContext? context = store.Find(name);
        if (context is null)
        {
            WriteError(EngineErrors.NotFound(ErrorIds.ContextNotFound, $"No context named '{name}' exists in {Path.Combine(store.ConfigDirectory, "contexts")}.", name));
            return;
        }
        bool persisted = store.ReadCurrentContext() == name;
        bool inSession = Environment.GetEnvironmentVariable(EndpointResolver.DockerContextVariable) == name;
        if ((persisted || inSession) && !Force)
        {
            WriteError(new ErrorRecord(
                new InvalidOperationException($"The context '{name}' is in use{(inSession ? " in this session" : "")}; use -Force to remove it anyway (\"default\" becomes current)."),
                ErrorIds.ContextInUse, ErrorCategory.ResourceBusy, name));
            return;
        }
        if (!ShouldProcess($"context '{name}' ({context.Host})", "Remove"))
        {
            return;
        }
        if (persisted)
        {
            store.WriteCurrentContext(null);
        }
        if (inSession)
        {
            Environment.SetEnvironmentVariable(EndpointResolver.DockerContextVariable, null);
        }
        store.Remove(name);
    }
}
