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
} as const;

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
