using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Api.Wire;

namespace Containers.Engine.Auth;

/// <summary>
/// One <c>docker-credential-&lt;name&gt;</c> program, spoken to as the docker CLI does: the action is the only
/// argument, the input goes to stdin, the answer (or the error text) comes on stdout, a non-zero exit is a failure
/// (docker-credential-helpers <c>client/client.go</c>).
/// </summary>
public sealed class CredentialHelper
{
    /// <summary>What helpers print when they hold nothing for a server; "get" then means "no credentials".</summary>
    public const string NotFoundMessage = "credentials not found in native keychain";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>The helper for a <c>credsStore</c>/<c>credHelpers</c> value, e.g. "pass" → docker-credential-pass.</summary>
    public CredentialHelper(string suffix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(suffix);
        Suffix = suffix;
    }

    /// <summary>The configured suffix ("pass", "secretservice", "desktop", …).</summary>
    public string Suffix { get; }

    /// <summary>The program name run from PATH.</summary>
    public string Program => "docker-credential-" + Suffix;

    /// <summary>The helper's credentials for <paramref name="serverAddress"/>; null when it has none.</summary>
    /// <exception cref="CredentialStoreException">The helper is missing or failed.</exception>
    public async Task<RegistryAuth?> GetAsync(string serverAddress, CancellationToken cancellationToken)
    {
        (int exit, string output) = await RunAsync("get", serverAddress, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            if (output.Contains(NotFoundMessage, StringComparison.Ordinal))
            {
                return null;
            }
            throw Failed("get", output);
        }
        HelperCredentialsWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(output, EngineJsonContext.Default.HelperCredentialsWire);
        }
        catch (JsonException e)
        {
            throw new CredentialStoreException($"{Program} get answered something that is not JSON credentials.", e);
        }
        if (wire is null || (string.IsNullOrEmpty(wire.Username) && string.IsNullOrEmpty(wire.Secret)))
        {
            return null;
        }
        // "<token>" as the user name marks an identity token (credentials/credentials.go).
        return wire.Username == "<token>"
            ? new RegistryAuth { ServerAddress = serverAddress, IdentityToken = wire.Secret }
            : new RegistryAuth { ServerAddress = serverAddress, Username = wire.Username, Password = wire.Secret };
    }

    /// <summary>Stores <paramref name="auth"/> in the helper, under its <see cref="RegistryAuth.ServerAddress"/>.</summary>
    /// <exception cref="CredentialStoreException">The helper is missing or refused.</exception>
    public async Task StoreAsync(RegistryAuth auth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var wire = new HelperCredentialsWire
        {
            ServerURL = auth.ServerAddress,
            Username = string.IsNullOrEmpty(auth.IdentityToken) ? auth.Username : "<token>",
            Secret = string.IsNullOrEmpty(auth.IdentityToken) ? auth.Password : auth.IdentityToken,
        };
        string input = JsonSerializer.Serialize(wire, EngineJsonContext.Default.HelperCredentialsWire);
        (int exit, string output) = await RunAsync("store", input, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw Failed("store", output);
        }
    }

    /// <summary>Erases the helper's credentials for <paramref name="serverAddress"/>; having none is not an error.</summary>
    /// <exception cref="CredentialStoreException">The helper is missing or failed.</exception>
    public async Task EraseAsync(string serverAddress, CancellationToken cancellationToken)
    {
        (int exit, string output) = await RunAsync("erase", serverAddress, cancellationToken).ConfigureAwait(false);
        if (exit != 0 && !output.Contains(NotFoundMessage, StringComparison.Ordinal))
        {
            throw Failed("erase", output);
        }
    }

    /// <summary>The servers the helper holds credentials for, with their user names.</summary>
    /// <exception cref="CredentialStoreException">The helper is missing or failed.</exception>
    public async Task<IReadOnlyDictionary<string, string>> ListAsync(CancellationToken cancellationToken)
    {
        (int exit, string output) = await RunAsync("list", "unused", cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw Failed("list", output);
        }
        try
        {
            return JsonSerializer.Deserialize(output, EngineJsonContext.Default.DictionaryStringString) ?? [];
        }
        catch (JsonException e)
        {
            throw new CredentialStoreException($"{Program} list answered something that is not a JSON map.", e);
        }
    }

    private CredentialStoreException Failed(string action, string output) =>
        new($"{Program} {action} failed: {(output.Length > 0 ? output : "no message")}");

    private async Task<(int ExitCode, string Output)> RunAsync(string action, string input, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(action);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new CredentialStoreException($"{Program} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new CredentialStoreException($"The credential helper {Program} is not on PATH ({e.Message}). config.json names it in credsStore or credHelpers.", e);
        }
        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(s_timeout);
            try
            {
                Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
                Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.StandardInput.WriteAsync(input.AsMemory(), timeout.Token).ConfigureAwait(false);
                process.StandardInput.Close();
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                string output = (await stdout.ConfigureAwait(false)).Trim();
                string errors = (await stderr.ConfigureAwait(false)).Trim();
                // Helpers write errors to stdout; some (wrappers, shells) to stderr: keep whichever has text.
                return (process.ExitCode, output.Length > 0 || process.ExitCode == 0 ? output : errors);
            }
            catch (OperationCanceledException) when (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                throw new CredentialStoreException($"{Program} {action} did not answer within {s_timeout.TotalSeconds} s.");
            }
            catch (IOException e)
            {
                throw new CredentialStoreException($"{Program} {action} failed: {e.Message}", e);
            }
        }
    }
}
