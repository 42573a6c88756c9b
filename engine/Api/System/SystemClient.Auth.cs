using Containers.Engine.Api.Wire;
using Containers.Engine.Auth;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class SystemClient
{
    /// <summary>
    /// Checks credentials against their registry through the engine (<c>POST /auth</c>), as <c>docker login</c> does
    /// before storing them. The daemon talks to the registry: it is the daemon's view of the registry that counts
    /// (its insecure-registries, its proxy).
    /// </summary>
    /// <exception cref="Errors.EngineAuthException">The registry refused the credentials.</exception>
    public async Task<LoginResult> LoginAsync(RegistryAuth auth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auth);
        AuthConfigWire body = RegistryAuthHeader.ToWire(auth);
        // The daemon dials the address it is given: Docker Hub's key is a URL it knows; a host needs no scheme.
        body.ServerAddress = auth.ServerAddress;
        AuthResponseWire wire;
        try
        {
            wire = await _http.SendJsonAsync(HttpMethod.Post, "auth", null, body, EngineJsonContext.Default.AuthConfigWire,
                EngineJsonContext.Default.AuthResponseWire, cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.EngineApiException e) when (e.StatusCode == 500 && Streams.JsonMessageReader.ClassifyRegistryError(e.Message, e) is Errors.EngineAuthException typed)
        {
            // "login attempt to http://…/v2/ failed with status: 401 Unauthorized" comes as a 500.
            throw typed;
        }
        return new LoginResult { Status = wire.Status ?? "", IdentityToken = string.IsNullOrEmpty(wire.IdentityToken) ? null : wire.IdentityToken };
    }
}
