import * as vscode from 'vscode';
import { type ImageLayerItem, requests } from '../../protocol';
import { type ExplorerConnection, errorMessage } from '../../views/ExplorerConnection';
import { formatSize, shortId } from '../../views/format';
import { chartHtml, isRendered } from './webviewHtml';

/** One layer as the chart draws it. */
export interface LayerBar {
  /** The instruction, shortened ("RUN apt-get install …"). */
  readonly label: string;
  /** The instruction as the daemon recorded it (shown on hover). */
  readonly full: string;
  readonly size: number;
  readonly sizeText: string;
  readonly created: string;
  readonly id: string;
}

/**
 * "Show Layer History": an image's layers as horizontal bars of their size, oldest at the top as in the Dockerfile,
 * each labelled with the instruction that made it. One panel per image; opening it again reveals it.
 */
export class LayerHistoryPanel implements vscode.Disposable {
  private static readonly panels = new Map<string, LayerHistoryPanel>();
  private readonly renderEmitter = new vscode.EventEmitter<number>();
  private readonly disposables: vscode.Disposable[] = [];
  private renderedCount: number | undefined;

  /** Fires with the number of bars each time the page has drawn the chart. */
  public readonly onDidRender = this.renderEmitter.event;

  private constructor(
    public readonly panel: vscode.WebviewPanel,
    public readonly image: string,
    public readonly layers: readonly LayerBar[],
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isRendered(message)) {
          this.renderedCount = message.count;
          this.renderEmitter.fire(message.count);
        } else if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready') {
          void panel.webview.postMessage({ type: 'history', image, layers });
        }
      }),
      panel.onDidDispose(() => {
        this.dispose();
      }),
    );
  }

  /** Bars the page drew last; undefined before it drew. */
  public get rendered(): number | undefined {
    return this.renderedCount;
  }

  /** Opens (or reveals) the chart of <image> (an id or reference). */
  public static async show(connection: ExplorerConnection, extensionUri: vscode.Uri, image: string, title: string): Promise<LayerHistoryPanel | undefined> {
    const existing = LayerHistoryPanel.panels.get(image);
    if (existing !== undefined) {
      existing.panel.reveal();
      return existing;
    }
    let items: ImageLayerItem[];
    try {
      items = await connection.request<ImageLayerItem[]>(requests.imageHistory, { image });
    } catch (e) {
      void vscode.window.showErrorMessage(`Layer history of ${title}: ${errorMessage(e)}`);
      return undefined;
    }
    const panel = vscode.window.createWebviewPanel('containers.layerHistory', `Layers: ${title}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    });
    // The daemon lists newest first; a Dockerfile reads oldest first.
    const layers = [...items].reverse().map(toBar);
    const created = new LayerHistoryPanel(panel, title, layers);
    LayerHistoryPanel.panels.set(image, created);
    panel.webview.html = chartHtml(panel.webview, extensionUri, 'layerHistory.js', `Layers: ${title}`);
    return created;
  }

  public dispose(): void {
    for (const [key, value] of LayerHistoryPanel.panels) {
      if (value === this) {
        LayerHistoryPanel.panels.delete(key);
      }
    }
    for (const disposable of this.disposables.splice(0)) {
      disposable.dispose();
    }
    this.renderEmitter.dispose();
    this.panel.dispose();
  }
}

function toBar(layer: ImageLayerItem): LayerBar {
  return {
    label: shortenInstruction(layer.createdBy, layer.comment),
    full: layer.createdBy === '' ? layer.comment : layer.createdBy,
    size: layer.size,
    sizeText: formatSize(layer.size),
    created: layer.created,
    id: layer.id === '<missing>' ? '<missing>' : shortId(layer.id),
  };
}

/**
 * What the user wrote, from what the daemon recorded: the classic builder stores `/bin/sh -c #(nop)  CMD ["sh"]`
 * for metadata and `/bin/sh -c apt-get …` for RUN; BuildKit stores `RUN /bin/sh -c … # buildkit`.
 */
export function shortenInstruction(createdBy: string, comment = '', maximum = 60): string {
  let text = createdBy.trim().replace(/\s+# buildkit$/, '');
  if (text === '') {
    return comment === '' ? '(no instruction)' : comment;
  }
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(text);
  if (nop?.[1] !== undefined) {
    text = nop[1];
  } else if (text.startsWith('/bin/sh -c ')) {
    text = `RUN ${text.slice('/bin/sh -c '.length)}`;
  } else if (text.startsWith('RUN /bin/sh -c ')) {
    text = `RUN ${text.slice('RUN /bin/sh -c '.length)}`;
  }
  // The classic builder names copied content by hash (COPY file:<64 hex> in /dest): the destination says more.
  text = text.replace(/\b(file|dir|multi):[0-9a-f]{64}\s+in\s+/g, '→ ').replace(/\s+/g, ' ');
  return text.length > maximum ? `${text.slice(0, maximum - 1)}…` : text;
}
