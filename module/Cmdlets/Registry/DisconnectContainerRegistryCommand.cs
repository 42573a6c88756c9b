using System.Management.Automation;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Logs out of a registry, like docker logout.</para>
/// <para type="description">Removes the stored login for the registry from its credential helper and from
/// config.json (also under the legacy http:// and https:// spellings), as docker logout does. A registry without a
/// stored login is an ObjectNotFound error (NotLoggedIn). Without -Registry, Docker Hub.</para>
/// </summary>
/// <example>
///   <code>Disconnect-ContainerRegistry 127.0.0.1:5000</code>
///   <para>Forgets the login for the registry on port 5000 of this machine, for this module and the docker CLI alike.</para>
/// </example>
[Cmdlet(VerbsCommunications.Disconnect, "ContainerRegistry", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class DisconnectContainerRegistryCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">The registries: host[:port] or URLs; docker.io or nothing for Docker Hub.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [Alias("Server")]
    public string[] Registry { get; set; } = [RegistryNames.DockerHub];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        CredentialStore store = RegistryCredentials.Store();
        foreach (string registry in Registry)
        {
            string key = RegistryNames.CredentialKey(registry);
            if (!ShouldProcess($"registry '{key}'", "Remove the stored login"))
            {
                continue;
            }
            try
            {
                if (!await store.EraseAsync(key, cancellationToken))
                {
                    WriteError(EngineErrors.NotFound(ErrorIds.NotLoggedIn, $"Not logged in to '{key}'.", key));
                    continue;
                }
                WriteVerbose($"Removed the login for '{key}'.");
            }
            catch (EngineException e)
            {
                WriteEngineError(e, ErrorIds.NotLoggedIn, key);
            }
        }
    }
}
