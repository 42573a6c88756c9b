namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>RegistrationParams</c>, sent with <c>client/registerCapability</c>.</summary>
public sealed record RegistrationParams(Registration[] Registrations);

/// <summary>LSP <c>Registration</c>: <see cref="Method"/> is the capability, <see cref="Id"/> names it for unregistering.</summary>
public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

/// <summary>LSP <c>DidChangeWatchedFilesRegistrationOptions</c>.</summary>
public sealed record DidChangeWatchedFilesRegistrationOptions(FileWatcher[] Watchers);

/// <summary>LSP <c>FileSystemWatcher</c> (named apart from System.IO's) with a glob pattern; no kind means create, change and delete.</summary>
public sealed record FileWatcher(string GlobPattern);

/// <summary>LSP <c>DidChangeWatchedFilesParams</c>.</summary>
public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

/// <summary>LSP <c>FileEvent</c>: 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);
