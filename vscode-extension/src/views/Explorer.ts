import * as vscode from 'vscode';
import { registerBuildImage } from '../features/BuildImage';
import { ContainerStatsPanel } from '../features/charts/ContainerStatsPanel';
import { registerExplorerCommands } from '../features/ExplorerCommands';
import { registerImageCommands } from '../features/ImageCommands';
import { LintWorkspace } from '../features/LintWorkspace';
import { registerPowerShellHandOff } from '../features/PowerShellHandOff';
import { VolumeBrowser } from '../features/VolumeBrowser';
import { commands } from '../protocol';
import { ContainersTreeProvider } from './ContainersTreeProvider';
import { ContextsTreeProvider } from './ContextsTreeProvider';
import { ExplorerConnection } from './ExplorerConnection';
import type { ExplorerNode } from './ExplorerNode';
import { ImagesTreeProvider } from './ImagesTreeProvider';
import { NetworksTreeProvider } from './NetworksTreeProvider';
import { VolumesTreeProvider } from './VolumesTreeProvider';

/** The view ids contributed in package.json (the activity-bar container "containers"). */
export const viewIds = {
  containers: 'containers.containers',
  images: 'containers.images',
  volumes: 'containers.volumes',
  networks: 'containers.networks',
  contexts: 'containers.contexts',
} as const;

/** The activity-bar explorer: five trees over one connection to the language server, and their commands. */
export class Explorer implements vscode.Disposable {
  public readonly connection = new ExplorerConnection();
  public readonly containers = new ContainersTreeProvider(this.connection);
  public readonly images = new ImagesTreeProvider(this.connection);
  public readonly volumes = new VolumesTreeProvider(this.connection);
  public readonly networks = new NetworksTreeProvider(this.connection);
  public readonly contexts = new ContextsTreeProvider(this.connection);
  /** The volume file picker (tests read the one on screen). */
  public readonly volumeBrowser = new VolumeBrowser(this.connection);
  /** Lint Workspace's diagnostics. */
  public readonly lint = new LintWorkspace(this.connection);
  private readonly disposables: readonly { dispose(): unknown }[];

  /** <extensionUri> locates the chart pages (media/). */
  public constructor(extensionUri: vscode.Uri) {
    const trees = [this.containers, this.images, this.volumes, this.networks, this.contexts];
    this.disposables = [
      this.connection,
      ...trees,
      this.containers.createView(viewIds.containers, { canSelectMany: true }),
      this.images.createView(viewIds.images, { canSelectMany: true }),
      this.volumes.createView(viewIds.volumes, { canSelectMany: true }),
      this.networks.createView(viewIds.networks, { canSelectMany: true }),
      this.contexts.createView(viewIds.contexts, { canSelectMany: false }),
      ...registerExplorerCommands(this.connection, trees),
      ...registerPowerShellHandOff(),
      ...registerBuildImage(this.connection),
      ...registerImageCommands(this.connection, extensionUri),
      this.volumeBrowser,
      this.lint,
      vscode.commands.registerCommand(commands.showStats, (node?: ExplorerNode): ContainerStatsPanel | undefined =>
        node?.type === 'container' ? ContainerStatsPanel.show(this.connection, extensionUri, node.item.id, node.item.name) : undefined,
      ),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('containers.explorer.containers.groupBy')) {
          this.containers.refresh();
        }
      }),
    ];
  }

  public dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
