// Names shared with the language server. Custom `containers/*` requests will be mirrored here name for
// name from lsp/Protocol/ContainersRequests.cs (STYLE.md); the editor slice has none yet.

/** The language id the server handles (VS Code's built-in id for Dockerfiles). */
export const dockerfileLanguageId = 'dockerfile';

/** The `source` of every diagnostic the server publishes (lsp/Protocol/EngineConversions.cs). */
export const diagnosticSource = 'containers';

/** The executable name of the server, as published by `pwsh ./psake.ps1 Server`. */
export const serverExecutableName = 'Containers.LanguageServer';

/** Commands contributed in package.json. */
export const commands = {
  restartServer: 'containers.restartServer',
  showLogs: 'containers.showLogs',
} as const;
