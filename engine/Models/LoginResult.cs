namespace Containers.Engine.Models;

/// <summary>What the engine said to a login check (<c>POST /auth</c>).</summary>
public sealed record LoginResult
{
    /// <summary>The daemon's status text, normally "Login Succeeded".</summary>
    public string Status { get; init; } = "";

    /// <summary>A token the registry issued to use instead of the password (store it in its place); null when none.</summary>
    public string? IdentityToken { get; init; }
}
