using System.Management.Automation;
using System.Net;
using Containers.Engine.Auth;

namespace Containers.Infrastructure;

/// <summary>Picks the credentials a pull or push sends, as the docker CLI does, or takes a one-off -Credential.</summary>
internal static class RegistryCredentials
{
    /// <summary>The credential store the docker CLI uses (DOCKER_CONFIG, else ~/.docker).</summary>
    public static CredentialStore Store() => CredentialStore.FromEnvironment();

    /// <summary><paramref name="credential"/> for the registry of <paramref name="reference"/>, else the stored login (null: anonymous).</summary>
    public static async Task<RegistryAuth?> ForReferenceAsync(string reference, PSCredential? credential, CancellationToken cancellationToken) =>
        credential is not null
            ? FromCredential(RegistryNames.CredentialKeyOfReference(reference), credential)
            : await Store().GetForReferenceAsync(reference, cancellationToken);

    /// <summary>The secret leaves the SecureString only here, straight into the request (never into a string we print).</summary>
    public static RegistryAuth FromCredential(string serverAddress, PSCredential credential) => new()
    {
        ServerAddress = serverAddress,
        Username = credential.UserName,
        Password = new NetworkCredential(string.Empty, credential.Password).Password,
    };
}
