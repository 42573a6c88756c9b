import type { ContainerItem, ContextItem, ImageItem, NetworkItem, VolumeItem } from '../protocol';

/** A node of any explorer tree; commands receive these from menus (the tree item's contextValue picks the menu). */
export type ExplorerNode =
  | { readonly type: 'group'; readonly id: string; readonly label: string; readonly description: string; readonly icon: string; readonly children: readonly ExplorerNode[] }
  | { readonly type: 'container'; readonly item: ContainerItem }
  | { readonly type: 'image'; readonly item: ImageItem; readonly reference: string | undefined }
  | { readonly type: 'volume'; readonly item: VolumeItem }
  | { readonly type: 'network'; readonly item: NetworkItem }
  | { readonly type: 'context'; readonly item: ContextItem };

export type ObjectNode = Exclude<ExplorerNode, { type: 'group' }>;

/** The contextValue of a container: its menu depends on whether it runs. */
export function containerContext(state: string): string {
  switch (state) {
    case 'running':
    case 'restarting':
      return 'container.running';
    case 'paused':
      return 'container.paused';
    default:
      return 'container.stopped';
  }
}
