import * as vscode from 'vscode';
import { type ImageItem, requests } from '../protocol';
import type { ExplorerConnection } from './ExplorerConnection';
import type { ExplorerNode, ObjectNode } from './ExplorerNode';
import { formatAge, formatSize, shortId } from './format';
import { ResourceTreeProvider } from './ResourceTreeProvider';

const untagged = '<none>';

/** Images grouped by repository, one node per tag with its size and age; untagged ones under <none>. */
export class ImagesTreeProvider extends ResourceTreeProvider<ImageItem> {
  public constructor(connection: ExplorerConnection) {
    super(connection, requests.listImages, 'images');
  }

  protected nodes(items: readonly ImageItem[]): ExplorerNode[] {
    const repositories = new Map<string, ExplorerNode[]>();
    const add = (repository: string, node: ExplorerNode): void => {
      repositories.set(repository, [...(repositories.get(repository) ?? []), node]);
    };
    for (const image of items) {
      const tags = image.repoTags.filter((t) => t !== '<none>:<none>');
      if (tags.length === 0) {
        add(untagged, { type: 'image', item: image, reference: undefined });
      }
      for (const reference of tags) {
        add(splitReference(reference).repository, { type: 'image', item: image, reference });
      }
    }
    return [...repositories.entries()]
      .sort(([a], [b]) => (a === untagged ? 1 : b === untagged ? -1 : a.localeCompare(b)))
      .map(([repository, children]) => ({
        type: 'group',
        id: `repository:${repository}`,
        label: repository,
        description: children.length === 1 ? '' : String(children.length),
        icon: 'repo',
        children: children.sort((a, b) => label(a).localeCompare(label(b))),
      }));
  }

  protected objectItem(node: ObjectNode): vscode.TreeItem {
    if (node.type !== 'image') {
      return new vscode.TreeItem('?');
    }
    const image = node.item;
    const item = new vscode.TreeItem(label(node), vscode.TreeItemCollapsibleState.None);
    item.id = `${image.id}|${node.reference ?? ''}`;
    item.description = `${formatSize(image.size)} · ${formatAge(image.created)}`;
    item.contextValue = 'image';
    item.iconPath = new vscode.ThemeIcon(image.containers > 0 ? 'package' : 'file-binary');
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${node.reference ?? untagged}**\n\nId: \`${image.id}\`  \nSize: ${formatSize(image.size)}  \nCreated: ${formatAge(image.created)}`);
    if (image.repoTags.length > 1) {
      tooltip.appendMarkdown(`  \nTags: ${image.repoTags.join(', ')}`);
    }
    if (image.containers >= 0) {
      tooltip.appendMarkdown(`  \nContainers: ${image.containers}`);
    }
    item.tooltip = tooltip;
    return item;
  }
}

/** "registry:5000/team/app:1.2" → repository "registry:5000/team/app", tag "1.2" (the tag follows the last colon after the last slash). */
export function splitReference(reference: string): { repository: string; tag: string } {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  return colon > slash ? { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) } : { repository: reference, tag: 'latest' };
}

function label(node: ExplorerNode): string {
  if (node.type !== 'image') {
    return '';
  }
  return node.reference === undefined ? shortId(node.item.id) : splitReference(node.reference).tag;
}
