using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Logs in to a registry, like docker login.</para>
/// <para type="description">Checks the credential with the registry through the engine, then stores it exactly where
/// the docker CLI does: in the credential helper config.json names (credHelpers for the registry, else credsStore), or
/// base64-encoded in the auths of $env:DOCKER_CONFIG/config.json (default ~/.docker). docker and this module then share
/// the login both ways. The password is taken only as a PSCredential and is never printed. A registry that gives an
/// identity token at login gets the token stored instead of the password. Without -Registry, Docker Hub.</para>
/// </summary>
/// <example>
///   <code>Connect-ContainerRegistry -Registry 127.0.0.1:5000 -Credential (Get-Credential)</code>
///   <para>Asks for a user name and password and logs in to the registry on port 5000 of this machine.</para>
/// </example>
[Cmdlet(VerbsCommunications.Connect, "ContainerRegistry", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class ConnectContainerRegistryCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">The registry: host[:port] or a URL; docker.io or nothing for Docker Hub.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    [Alias("Server")]
    public string Registry { get; set; } = RegistryNames.DockerHub;

    /// <summary>
    /// <para type="description">The user name and password (or access token) for the registry.</para>
    /// </summary>
    [Parameter(Mandatory = true)]
    [Credential]
    [ValidateNotNull]
    public PSCredential Credential { get; set; } = PSCredential.Empty;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        string key = RegistryNames.CredentialKey(Registry);
        if (!ShouldProcess($"registry '{key}' as '{Credential.UserName}'", "Log in and store the credential"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        RegistryAuth auth = RegistryCredentials.FromCredential(key, Credential);
        try
        {
            // The daemon dials Docker Hub by its index URL; other registries by host.
            LoginResult result = await engine.System.LoginAsync(auth, cancellationToken);
            if (result.IdentityToken is not null)
            {
                auth = auth with { Password = null, IdentityToken = result.IdentityToken };
            }
            CredentialStore store = RegistryCredentials.Store();
            string storedUnder = await store.StoreAsync(auth, cancellationToken);
            string where = store.HelperFor(storedUnder) is { } helper ? $"the credential helper docker-credential-{helper}" : store.ConfigPath;
            WriteVerbose($"{result.Status}: '{Credential.UserName}' on '{storedUnder}', stored in {where}.");
            if (store.HelperFor(storedUnder) is null)
            {
                WriteWarning($"The credential is stored unencrypted (base64) in {store.ConfigPath}, as the docker CLI does without a credential helper.");
            }
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.EngineAuthenticationFailed, key);
        }
    }
}
