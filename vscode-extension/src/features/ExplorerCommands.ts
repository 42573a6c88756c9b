import * as vscode from 'vscode';
import { type InspectResult, type ObjectKind, commands, requests } from '../protocol';
import { type ExplorerConnection, errorMessage } from '../views/ExplorerConnection';
import type { ExplorerNode, ObjectNode } from '../views/ExplorerNode';
import { shortId } from '../views/format';

/** Refreshes every tree by hand (the server's notifications normally make this unnecessary). */
export interface Refreshable {
  refresh(): void;
}

/**
 * The explorer's context-menu commands. Each acts on the clicked node, or on the whole selection when the click
 * was on a selected node (VS Code passes both). Removing asks first unless `containers.explorer.confirmRemove` is
 * off. Results show up through the server's change notifications; failures are shown with the engine's message.
 */
export function registerExplorerCommands(connection: ExplorerConnection, trees: readonly Refreshable[]): vscode.Disposable[] {
  const action = (command: string, verb: 'start' | 'stop' | 'restart', progress: string): vscode.Disposable =>
    vscode.commands.registerCommand(command, async (node?: ExplorerNode, selection?: readonly ExplorerNode[]) => {
      const containers = targets(node, selection).filter((n): n is Extract<ObjectNode, { type: 'container' }> => n.type === 'container');
      await forEach(containers, progress, (n) => connection.request(requests.containerAction, { id: n.item.id, action: verb }));
    });

  const remove = (command: string, kind: ObjectKind, noun: string): vscode.Disposable =>
    vscode.commands.registerCommand(command, async (node?: ExplorerNode, selection?: readonly ExplorerNode[]) => {
      const nodes = targets(node, selection).filter((n) => n.type === kind);
      if (nodes.length === 0 || !(await confirmRemove(noun, nodes))) {
        return;
      }
      // docker rm -f and docker rmi semantics: a running container is stopped first; an image goes by the tag clicked.
      await forEach(nodes, `Removing ${noun}`, (n) => connection.request(requests.remove, { kind, id: objectId(n), force: kind === 'container' }));
    });

  return [
    vscode.commands.registerCommand(commands.refreshExplorer, () => {
      for (const tree of trees) {
        tree.refresh();
      }
    }),
    action(commands.startContainer, 'start', 'Starting'),
    action(commands.stopContainer, 'stop', 'Stopping'),
    action(commands.restartContainer, 'restart', 'Restarting'),
    remove(commands.removeContainer, 'container', 'container'),
    remove(commands.removeImage, 'image', 'image'),
    remove(commands.removeVolume, 'volume', 'volume'),
    remove(commands.removeNetwork, 'network', 'network'),
    vscode.commands.registerCommand(commands.inspect, async (node?: ExplorerNode) => {
      if (node === undefined || node.type === 'group' || node.type === 'context') {
        return;
      }
      try {
        const result = await connection.request<InspectResult>(requests.inspect, { kind: node.type, id: objectId(node) });
        const document = await vscode.workspace.openTextDocument({ language: 'json', content: result.json });
        await vscode.window.showTextDocument(document, { preview: true });
      } catch (e) {
        void vscode.window.showErrorMessage(`Inspect ${describe(node)}: ${errorMessage(e)}`);
      }
    }),
    vscode.commands.registerCommand(commands.copyId, async (node?: ExplorerNode) => {
      if (node !== undefined && node.type !== 'group') {
        await vscode.env.clipboard.writeText(objectId(node, true));
      }
    }),
    vscode.commands.registerCommand(commands.showContainerLogs, (node?: ExplorerNode) => {
      if (node?.type === 'container') {
        dockerTerminal(`Logs: ${node.item.name}`, ['logs', '--follow', '--tail', '500', node.item.id]).show();
      }
    }),
    vscode.commands.registerCommand(commands.shellIntoContainer, (node?: ExplorerNode) => {
      if (node?.type === 'container') {
        const shell = vscode.workspace.getConfiguration('containers').get<string>('explorer.containerShell', 'sh');
        dockerTerminal(`Shell: ${node.item.name}`, ['exec', '-it', node.item.id, shell]).show();
      }
    }),
    vscode.commands.registerCommand(commands.useContext, async (node?: ExplorerNode) => {
      if (node?.type !== 'context') {
        return;
      }
      try {
        await connection.request(requests.useContext, { name: node.item.name });
        contextInUse = node.item.current && node.item.name === 'default' ? undefined : node.item.name;
        // The marker moves at once; the other trees follow when the server reconnects (a change of kind engine).
        for (const tree of trees) {
          tree.refresh();
        }
      } catch (e) {
        void vscode.window.showErrorMessage(`Use context ${node.item.name}: ${errorMessage(e)}`);
      }
    }),
  ];
}

/** The context the explorer switched to (the terminals it opens use it too); undefined: the docker CLI's own choice. */
export let contextInUse: string | undefined;

/** The nodes a menu command acts on: the selection when the clicked node is part of it, else the clicked node. */
export function targets(node: ExplorerNode | undefined, selection: readonly ExplorerNode[] | undefined): ObjectNode[] {
  const chosen = node !== undefined && selection !== undefined && selection.includes(node) ? selection : node === undefined ? [] : [node];
  return chosen.filter((n): n is ObjectNode => n.type !== 'group');
}

/** The id or name the engine knows a node by; an image by the tag that was clicked (untagging like docker rmi repo:tag). */
export function objectId(node: ObjectNode, full = false): string {
  switch (node.type) {
    case 'container':
    case 'network':
      return node.item.id;
    case 'image':
      return full ? node.item.id : (node.reference ?? node.item.id);
    case 'volume':
    case 'context':
      return node.item.name;
  }
}

export function describe(node: ObjectNode): string {
  switch (node.type) {
    case 'container':
      return `container '${node.item.name}'`;
    case 'image':
      return `image '${node.reference ?? shortId(node.item.id)}'`;
    case 'volume':
      return `volume '${node.item.name}'`;
    case 'network':
      return `network '${node.item.name}'`;
    case 'context':
      return `context '${node.item.name}'`;
  }
}

async function confirmRemove(noun: string, nodes: readonly ObjectNode[]): Promise<boolean> {
  if (!vscode.workspace.getConfiguration('containers').get<boolean>('explorer.confirmRemove', true)) {
    return true;
  }
  const what = nodes.length === 1 && nodes[0] !== undefined ? describe(nodes[0]) : `${nodes.length} ${noun}s`;
  const detail = noun === 'container' ? 'A running container is stopped first. ' : '';
  const choice = await vscode.window.showWarningMessage(`Remove ${what}?`, { modal: true, detail: `${detail}This cannot be undone.` }, 'Remove');
  return choice === 'Remove';
}

// One engine call per node, under a progress notification; failures are collected and shown once.
async function forEach<T extends ObjectNode>(nodes: readonly T[], title: string, call: (node: T) => Promise<unknown>): Promise<void> {
  if (nodes.length === 0) {
    return;
  }
  const failures: string[] = [];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `${title} ${nodes.length === 1 && nodes[0] !== undefined ? describe(nodes[0]) : `${nodes.length} objects`}…` },
    async () => {
      for (const node of nodes) {
        try {
          await call(node);
        } catch (e) {
          failures.push(`${describe(node)}: ${errorMessage(e)}`);
        }
      }
    },
  );
  if (failures.length > 0) {
    void vscode.window.showErrorMessage(failures.join('\n'));
  }
}

// Logs and shells are interactive streams: a terminal running the docker CLI is what users expect there (issue #11).
function dockerTerminal(name: string, args: readonly string[]): vscode.Terminal {
  const docker = vscode.workspace.getConfiguration('containers').get<string>('explorer.dockerPath', 'docker');
  const contextArgs = contextInUse === undefined ? [] : ['--context', contextInUse];
  return vscode.window.createTerminal({ name, shellPath: docker, shellArgs: [...contextArgs, ...args], iconPath: new vscode.ThemeIcon('vm') });
}
