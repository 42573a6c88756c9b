import * as vscode from 'vscode';
import { type ContextItem, requests } from '../protocol';
import type { ExplorerConnection } from './ExplorerConnection';
import type { ExplorerNode, ObjectNode } from './ExplorerNode';
import { ResourceTreeProvider } from './ResourceTreeProvider';

/** The docker CLI's contexts; the one the explorer shows is marked, the others can be switched to. */
export class ContextsTreeProvider extends ResourceTreeProvider<ContextItem> {
  public constructor(connection: ExplorerConnection) {
    super(connection, requests.listContexts, 'contexts');
  }

  protected nodes(items: readonly ContextItem[]): ExplorerNode[] {
    return items.map((item) => ({ type: 'context', item }));
  }

  protected objectItem(node: ObjectNode): vscode.TreeItem {
    if (node.type !== 'context') {
      return new vscode.TreeItem('?');
    }
    const c = node.item;
    const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.None);
    item.id = `context:${c.name}`;
    item.description = c.current ? `(in use) ${c.host}` : c.host;
    item.contextValue = c.current ? 'context.current' : 'context';
    item.iconPath = new vscode.ThemeIcon(c.current ? 'pass-filled' : 'plug');
    item.tooltip = new vscode.MarkdownString(`**${c.name}**${c.description === '' ? '' : ` — ${c.description}`}\n\nEndpoint: \`${c.host}\``);
    return item;
  }
}
