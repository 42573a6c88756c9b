import * as vscode from 'vscode';
import { type ContainerItem, requests } from '../protocol';
import type { ExplorerConnection } from './ExplorerConnection';
import { type ExplorerNode, type ObjectNode, containerContext } from './ExplorerNode';
import { formatAge, shortId } from './format';
import { ResourceTreeProvider } from './ResourceTreeProvider';

/** How the Containers tree groups (setting `containers.explorer.containers.groupBy`). */
export type ContainerGrouping = 'state' | 'composeProject' | 'none';

// Group order and looks: what runs first, as Docker Desktop lists them.
const stateGroups: readonly { readonly states: readonly string[]; readonly label: string; readonly icon: string }[] = [
  { states: ['running'], label: 'Running', icon: 'vm-running' },
  { states: ['restarting'], label: 'Restarting', icon: 'sync' },
  { states: ['paused'], label: 'Paused', icon: 'debug-pause' },
  { states: ['created'], label: 'Created', icon: 'vm-outline' },
  { states: ['exited', 'dead', 'removing'], label: 'Stopped', icon: 'vm-outline' },
];

/** Containers, grouped by state (or compose project), each with a status icon. */
export class ContainersTreeProvider extends ResourceTreeProvider<ContainerItem> {
  public constructor(connection: ExplorerConnection) {
    super(connection, requests.listContainers, 'containers');
  }

  protected nodes(items: readonly ContainerItem[]): ExplorerNode[] {
    const grouping = vscode.workspace.getConfiguration('containers').get<ContainerGrouping>('explorer.containers.groupBy', 'state');
    const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name));
    const leaf = (item: ContainerItem): ExplorerNode => ({ type: 'container', item });
    if (grouping === 'none') {
      return sorted.map(leaf);
    }
    if (grouping === 'composeProject') {
      const projects = new Map<string, ContainerItem[]>();
      for (const item of sorted) {
        const project = item.composeProject ?? '';
        projects.set(project, [...(projects.get(project) ?? []), item]);
      }
      return [...projects.entries()]
        .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
        .map(([project, members]) => ({
          type: 'group',
          id: `compose:${project}`,
          label: project === '' ? 'Not in a compose project' : project,
          description: `${members.filter((m) => m.state === 'running').length}/${members.length} running`,
          icon: project === '' ? 'vm' : 'layers',
          children: members.map(leaf),
        }));
    }
    return stateGroups
      .map((group) => ({ group, members: sorted.filter((c) => group.states.includes(c.state)) }))
      .filter(({ members }) => members.length > 0)
      .map(({ group, members }) => ({
        type: 'group',
        id: `state:${group.label}`,
        label: group.label,
        description: String(members.length),
        icon: group.icon,
        children: members.map(leaf),
      }));
  }

  protected objectItem(node: ObjectNode): vscode.TreeItem {
    if (node.type !== 'container') {
      return new vscode.TreeItem('?');
    }
    const c = node.item;
    const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.None);
    item.id = c.id;
    item.description = `${c.image} · ${c.status}`;
    item.contextValue = containerContext(c.state);
    item.iconPath = stateIcon(c.state, c.status);
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${c.name}** \`${shortId(c.id)}\`\n\n`);
    tooltip.appendMarkdown(`Image: \`${c.image}\`  \nCommand: \`${c.command}\`  \nStatus: ${c.status}  \nCreated: ${formatAge(c.created)}`);
    if (c.ports.length > 0) {
      tooltip.appendMarkdown(`  \nPorts: ${c.ports.join(', ')}`);
    }
    if (c.composeProject !== undefined) {
      tooltip.appendMarkdown(`  \nCompose: ${c.composeProject}${c.composeService === undefined ? '' : ` / ${c.composeService}`}`);
    }
    item.tooltip = tooltip;
    return item;
  }
}

function stateIcon(state: string, status: string): vscode.ThemeIcon {
  switch (state) {
    case 'running':
      return status.includes('(unhealthy)')
        ? new vscode.ThemeIcon('vm-active', new vscode.ThemeColor('charts.yellow'))
        : new vscode.ThemeIcon('vm-running', new vscode.ThemeColor('charts.green'));
    case 'paused':
      return new vscode.ThemeIcon('debug-pause', new vscode.ThemeColor('charts.yellow'));
    case 'restarting':
      return new vscode.ThemeIcon('sync~spin', new vscode.ThemeColor('charts.yellow'));
    case 'dead':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('charts.red'));
    case 'exited':
      // A non-zero exit is worth a glance: "Exited (137) 2 hours ago".
      return /^Exited \((?!0\))/.test(status)
        ? new vscode.ThemeIcon('vm-outline', new vscode.ThemeColor('charts.red'))
        : new vscode.ThemeIcon('vm-outline');
    default:
      return new vscode.ThemeIcon('vm-outline');
  }
}
