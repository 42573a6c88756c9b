namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// The ARGs the builder defines itself (Dockerfile reference, "Predefined ARGs" and "Automatic platform ARGs in
/// the global scope"; moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go).
/// </summary>
public static class PredefinedArgs
{
    /// <summary>Platform ARGs: set in the global scope (usable in FROM); a stage must declare <c>ARG NAME</c> to see one.</summary>
    public static IReadOnlyList<string> Platform { get; } =
    [
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    ];

    /// <summary>Proxy ARGs: usable in RUN without a declaration, and kept out of the image history.</summary>
    public static IReadOnlyList<string> Proxy { get; } =
    [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
        "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    ];

    /// <summary>BuildKit's built-in build arguments: they take effect when passed with <c>--build-arg</c>; a stage sees one only after <c>ARG NAME</c>.</summary>
    public static IReadOnlyList<string> BuildKit { get; } =
    [
        "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM",
        "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_SYNTAX", "BUILDKIT_BUILD_NAME", "SOURCE_DATE_EPOCH",
    ];

    internal static readonly HashSet<string> PlatformSet = new(Platform, StringComparer.Ordinal);
    internal static readonly HashSet<string> ProxySet = new(Proxy, StringComparer.Ordinal);
}
