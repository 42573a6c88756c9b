import * as vscode from 'vscode';
import { type NetworkItem, requests } from '../protocol';
import type { ExplorerConnection } from './ExplorerConnection';
import type { ExplorerNode, ObjectNode } from './ExplorerNode';
import { shortId } from './format';
import { ResourceTreeProvider } from './ResourceTreeProvider';

/** Networks by name; the daemon's own (bridge, host, none) cannot be removed and have no remove action. */
export class NetworksTreeProvider extends ResourceTreeProvider<NetworkItem> {
  public constructor(connection: ExplorerConnection) {
    super(connection, requests.listNetworks, 'networks');
  }

  protected nodes(items: readonly NetworkItem[]): ExplorerNode[] {
    return [...items].sort((a, b) => a.name.localeCompare(b.name)).map((item) => ({ type: 'network', item }));
  }

  protected objectItem(node: ObjectNode): vscode.TreeItem {
    if (node.type !== 'network') {
      return new vscode.TreeItem('?');
    }
    const n = node.item;
    const item = new vscode.TreeItem(n.name, vscode.TreeItemCollapsibleState.None);
    item.id = `network:${n.id}`;
    item.description = `${n.driver} · ${n.scope}${n.internal ? ' · internal' : ''}`;
    item.contextValue = n.predefined ? 'network.predefined' : 'network';
    item.iconPath = new vscode.ThemeIcon('type-hierarchy-sub');
    item.tooltip = new vscode.MarkdownString(`**${n.name}** \`${shortId(n.id)}\`\n\nDriver: ${n.driver}  \nScope: ${n.scope}`);
    return item;
  }
}
