import * as vscode from 'vscode';
import { type VolumeItem, requests } from '../protocol';
import type { ExplorerConnection } from './ExplorerConnection';
import type { ExplorerNode, ObjectNode } from './ExplorerNode';
import { formatAge } from './format';
import { ResourceTreeProvider } from './ResourceTreeProvider';

/** Volumes by name, with driver, compose project and age. */
export class VolumesTreeProvider extends ResourceTreeProvider<VolumeItem> {
  public constructor(connection: ExplorerConnection) {
    super(connection, requests.listVolumes, 'volumes');
  }

  protected nodes(items: readonly VolumeItem[]): ExplorerNode[] {
    return [...items].sort((a, b) => a.name.localeCompare(b.name)).map((item) => ({ type: 'volume', item }));
  }

  protected objectItem(node: ObjectNode): vscode.TreeItem {
    if (node.type !== 'volume') {
      return new vscode.TreeItem('?');
    }
    const v = node.item;
    const item = new vscode.TreeItem(v.name, vscode.TreeItemCollapsibleState.None);
    item.id = `volume:${v.name}`;
    item.description = [v.composeProject, v.driver, formatAge(v.created)].filter((s) => s !== undefined && s !== '').join(' · ');
    item.contextValue = 'volume';
    item.iconPath = new vscode.ThemeIcon('database');
    item.tooltip = new vscode.MarkdownString(`**${v.name}**\n\nDriver: ${v.driver}  \nMount point: \`${v.mountpoint}\`  \nScope: ${v.scope}`);
    return item;
  }
}
