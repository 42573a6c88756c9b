// Names shared with the language server. The custom `containers/*` requests are mirrored name for name from
// lsp/Protocol/ContainersRequests.cs, their shapes from lsp/Protocol/Containers/*.cs (STYLE.md).

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
  refreshExplorer: 'containers.explorer.refresh',
  startContainer: 'containers.container.start',
  stopContainer: 'containers.container.stop',
  restartContainer: 'containers.container.restart',
  removeContainer: 'containers.container.remove',
  showContainerLogs: 'containers.container.logs',
  shellIntoContainer: 'containers.container.shell',
  inspect: 'containers.inspect',
  copyId: 'containers.copyId',
  removeImage: 'containers.image.remove',
  removeVolume: 'containers.volume.remove',
  removeNetwork: 'containers.network.remove',
  useContext: 'containers.context.use',
  powerShellHandOff: 'containers.powershell.handOff',
  buildImage: 'containers.image.build',
  buildStage: 'containers.buildStage',
  showLayerHistory: 'containers.image.history',
  runImage: 'containers.image.run',
  tagImage: 'containers.image.tag',
  pushImage: 'containers.image.push',
  showStats: 'containers.container.stats',
  browseVolume: 'containers.volume.browse',
  lintWorkspace: 'containers.lintWorkspace',
} as const;

/** The `containers/*` methods (lsp/Protocol/ContainersRequests.cs). */
export const requests = {
  listContainers: 'containers/listContainers',
  listImages: 'containers/listImages',
  listVolumes: 'containers/listVolumes',
  listNetworks: 'containers/listNetworks',
  listContexts: 'containers/listContexts',
  containerAction: 'containers/containerAction',
  remove: 'containers/remove',
  inspect: 'containers/inspect',
  useContext: 'containers/useContext',
  buildImage: 'containers/buildImage',
  imageHistory: 'containers/imageHistory',
  streamStats: 'containers/streamStats',
  stopStats: 'containers/stopStats',
  runImage: 'containers/runImage',
  tagImage: 'containers/tagImage',
  pushImage: 'containers/pushImage',
  listVolumeFiles: 'containers/listVolumeFiles',
  readVolumeFile: 'containers/readVolumeFile',
  lintFiles: 'containers/lintFiles',
} as const;

/** The server's notification while a stats stream runs. */
export const statsSampleNotification = 'containers/statsSample';

/** The server's notification while a push runs. */
export const pushProgressNotification = 'containers/pushProgress';

/** The server's notification while a build runs. */
export const buildProgressNotification = 'containers/buildProgress';

/** The server's notification that objects of one kind changed. */
export const changedNotification = 'containers/changed';

/** What `containers/changed` names; `engine`: the connection came, went or switched context (reload everything). */
export type ChangeKind = 'containers' | 'images' | 'volumes' | 'networks' | 'contexts' | 'engine';

export interface ChangedParams {
  readonly kind: ChangeKind;
  /** For `engine`: why no engine answers now; absent once it is back. */
  readonly error?: string;
}

/** JSON-RPC error codes of the `containers/*` requests (lsp/Protocol/ContainersErrorCodes.cs). */
export const errorCodes = {
  engineUnreachable: -32050,
  notFound: -32051,
  conflict: -32052,
  engineError: -32053,
} as const;

export type ObjectKind = 'container' | 'image' | 'volume' | 'network';

export interface ContainerItem {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly command: string;
  /** created, restarting, running, removing, paused, exited or dead. */
  readonly state: string;
  readonly status: string;
  /** ISO 8601. */
  readonly created: string;
  readonly ports: readonly string[];
  readonly composeProject?: string;
  readonly composeService?: string;
}

export interface ImageItem {
  readonly id: string;
  readonly repoTags: readonly string[];
  readonly repoDigests: readonly string[];
  readonly created: string;
  /** Bytes. */
  readonly size: number;
  readonly containers: number;
}

export interface VolumeItem {
  readonly name: string;
  readonly driver: string;
  readonly mountpoint: string;
  readonly scope: string;
  readonly created?: string;
  readonly composeProject?: string;
}

export interface NetworkItem {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
  readonly scope: string;
  readonly created?: string;
  readonly internal: boolean;
  readonly predefined: boolean;
}

export interface ContextItem {
  readonly name: string;
  readonly description: string;
  readonly host: string;
  readonly current: boolean;
}

export interface ContainerActionParams {
  readonly id: string;
  readonly action: 'start' | 'stop' | 'restart';
}

export interface ObjectParams {
  readonly kind: ObjectKind;
  readonly id: string;
  readonly force?: boolean;
}

export interface InspectResult {
  readonly json: string;
}

export interface UseContextParams {
  readonly name: string | null;
}

export interface BuildImageParams {
  /** The client's name for the build; progress notifications carry it. */
  readonly buildId: string;
  /** File system paths. */
  readonly dockerfile: string;
  readonly context: string;
  /** name:tag; empty: untagged. */
  readonly tag: string;
  /** The stage to build (--target); absent: the last one. */
  readonly target?: string;
}

export interface BuildImageResult {
  readonly imageId: string;
  readonly steps: number;
}

export interface BuildProgressParams {
  readonly buildId: string;
  /** context, step or output. */
  readonly kind: 'context' | 'step' | 'output';
  readonly step: number;
  readonly stepCount: number;
  readonly text?: string;
  readonly contextBytes: number;
}

/** One layer (docker history), newest first. */
export interface ImageLayerItem {
  readonly id: string;
  readonly created: string;
  readonly createdBy: string;
  readonly tags: readonly string[];
  /** Bytes. */
  readonly size: number;
  readonly comment: string;
}

export interface StreamStatsParams {
  readonly streamId: string;
  readonly container: string;
}

export interface StreamStatsResult {
  readonly samples: number;
}

export interface StatsSampleParams {
  readonly streamId: string;
  /** ISO 8601. */
  readonly read: string;
  /** Percent of one CPU. */
  readonly cpuPercent: number;
  readonly memoryUsage: number;
  readonly memoryLimit: number;
  readonly memoryPercent: number;
  readonly pids: number;
  readonly networkReceived: number;
  readonly networkSent: number;
}

export interface RunImageParams {
  readonly image: string;
  readonly name?: string;
  readonly command?: readonly string[];
}

export interface RunImageResult {
  readonly id: string;
  readonly warnings: readonly string[];
}

export interface PushImageResult {
  readonly tag: string;
  readonly digest: string;
  readonly size: number;
}

export interface PushProgressParams {
  readonly pushId: string;
  readonly layer?: string;
  readonly status: string;
  readonly current?: number;
  readonly total?: number;
}

export interface VolumeFileItem {
  readonly name: string;
  /** file, directory, symlink or other. */
  readonly type: 'file' | 'directory' | 'symlink' | 'other';
  readonly size: number;
  readonly modified: string;
  readonly mode: number;
  readonly linkTarget?: string;
}

export interface VolumeFileContent {
  readonly text: string;
  readonly size: number;
  readonly truncated: boolean;
  readonly binary: boolean;
}

/** An LSP diagnostic as the server sends it (0-based positions, severity 1–4). */
export interface LspDiagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  readonly severity: number;
  readonly code: string;
  readonly source: string;
  readonly message: string;
}

export interface LintFileResult {
  readonly uri: string;
  readonly diagnostics: readonly LspDiagnostic[];
  readonly error?: string;
}
