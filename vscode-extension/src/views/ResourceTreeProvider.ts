import * as vscode from 'vscode';
import type { ChangeKind } from '../protocol';
import { type ExplorerConnection, errorMessage } from './ExplorerConnection';
import type { ExplorerNode } from './ExplorerNode';

/** What one load of a tree found: the items, or why there are none. */
export interface TreeLoad<TItem> {
  readonly items: readonly TItem[];
  readonly error: string | undefined;
}

/**
 * A tree fed by one `containers/list*` request. It reloads when the server says its kind changed (or the engine
 * connection did), never on a timer. When the request fails the view shows the server's message (no engine,
 * server not running) instead of an empty tree that looks like "nothing there".
 */
export abstract class ResourceTreeProvider<TItem> implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  private readonly loadEmitter = new vscode.EventEmitter<TreeLoad<TItem>>();
  private readonly subscription: vscode.Disposable;
  private view: vscode.TreeView<ExplorerNode> | undefined;
  private last: TreeLoad<TItem> | undefined;

  public readonly onDidChangeTreeData = this.changeEmitter.event;

  /** Fires after every load VS Code asked for (the extension tests wait on it). */
  public readonly onDidLoad = this.loadEmitter.event;

  protected constructor(
    protected readonly connection: ExplorerConnection,
    private readonly method: string,
    private readonly kind: ChangeKind,
  ) {
    this.subscription = connection.onDidChange((change) => {
      if (change.kind === kind || change.kind === 'engine') {
        this.refresh();
      }
    });
  }

  /** What the last load found; undefined before VS Code first asked. */
  public get lastLoad(): TreeLoad<TItem> | undefined {
    return this.last;
  }

  /** Registers the view (its message shows load errors). */
  public createView(viewId: string, options: { canSelectMany: boolean }): vscode.TreeView<ExplorerNode> {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true, canSelectMany: options.canSelectMany });
    return this.view;
  }

  public refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  public async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (node !== undefined) {
      return node.type === 'group' ? [...node.children] : [];
    }
    let load: TreeLoad<TItem>;
    try {
      load = { items: await this.connection.request<TItem[]>(this.method, {}), error: undefined };
    } catch (e) {
      load = { items: [], error: errorMessage(e) };
    }
    this.last = load;
    if (this.view !== undefined) {
      // An empty message hides it.
      this.view.message = load.error ?? '';
    }
    this.loadEmitter.fire(load);
    return load.error === undefined ? this.nodes(load.items) : [];
  }

  public getTreeItem(node: ExplorerNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.kind}:${node.id}`;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'group';
      return item;
    }
    return this.objectItem(node);
  }

  /** The nodes under the root, grouped as this tree groups. */
  protected abstract nodes(items: readonly TItem[]): ExplorerNode[];

  protected abstract objectItem(node: Exclude<ExplorerNode, { type: 'group' }>): vscode.TreeItem;

  public dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
    this.loadEmitter.dispose();
  }
}
