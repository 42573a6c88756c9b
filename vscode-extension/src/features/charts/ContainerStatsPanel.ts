import * as vscode from 'vscode';
import { type StatsSampleParams, type StreamStatsResult, requests } from '../../protocol';
import { type ExplorerConnection, errorMessage } from '../../views/ExplorerConnection';
import { chartHtml, isRendered } from './webviewHtml';

let nextStream = 0;

/**
 * "Show Stats": a running container's CPU and memory as line charts over the last minutes, fed by the engine's
 * stats stream through the server (`containers/streamStats`, samples as notifications). Closing the panel cancels
 * the request, which ends the engine's stream: nothing keeps reading a container nobody looks at.
 */
export class ContainerStatsPanel implements vscode.Disposable {
  private static readonly panels = new Map<string, ContainerStatsPanel>();
  private readonly renderEmitter = new vscode.EventEmitter<number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly cancel = new vscode.CancellationTokenSource();
  private readonly streamId = `stats-${String(++nextStream)}`;
  private readonly samples: StatsSampleParams[] = [];
  private ready = false;
  private renderedCount = 0;
  private disposed = false;

  /** Fires with the number of points the page drew, after each drawing. */
  public readonly onDidRender = this.renderEmitter.event;

  /** Settles when the server's stream ended: the container stopped, the panel closed, or the request failed. */
  public readonly ended: Promise<void>;

  private constructor(
    private readonly connection: ExplorerConnection,
    public readonly panel: vscode.WebviewPanel,
    public readonly container: string,
    private readonly name: string,
  ) {
    const windowSeconds = vscode.workspace.getConfiguration('containers').get<number>('stats.windowSeconds', 300);
    this.disposables.push(
      connection.onStatsSample((sample) => {
        if (sample.streamId !== this.streamId) {
          return;
        }
        this.samples.push(sample);
        // Keep what the chart can show; the page trims to the window as well.
        const oldest = Date.parse(sample.read) - windowSeconds * 1000;
        while (this.samples.length > 0 && Date.parse(this.samples[0]?.read ?? '') < oldest) {
          this.samples.shift();
        }
        if (this.ready) {
          void panel.webview.postMessage({ type: 'sample', sample });
        }
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isRendered(message)) {
          this.renderedCount = message.count;
          this.renderEmitter.fire(message.count);
        } else if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready') {
          this.ready = true;
          void panel.webview.postMessage({ type: 'start', name, windowSeconds, samples: this.samples });
        }
      }),
      panel.onDidDispose(() => {
        this.dispose();
      }),
    );
    this.ended = this.stream();
  }

  /** Points the page drew last (per series). */
  public get rendered(): number {
    return this.renderedCount;
  }

  /** The stream's id in `containers/statsSample` notifications. */
  public get id(): string {
    return this.streamId;
  }

  /** Opens (or reveals) the stats of the container <id>. */
  public static show(connection: ExplorerConnection, extensionUri: vscode.Uri, id: string, name: string): ContainerStatsPanel {
    const existing = ContainerStatsPanel.panels.get(id);
    if (existing !== undefined) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel('containers.stats', `Stats: ${name}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      // The chart keeps its points while the tab is in the background.
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    });
    const created = new ContainerStatsPanel(connection, panel, id, name);
    ContainerStatsPanel.panels.set(id, created);
    panel.webview.html = chartHtml(panel.webview, extensionUri, 'containerStats.js', `Stats: ${name}`);
    return created;
  }

  private async stream(): Promise<void> {
    try {
      const result = await this.connection.request<StreamStatsResult>(requests.streamStats, { streamId: this.streamId, container: this.container }, this.cancel.token);
      if (!this.disposed) {
        void this.panel.webview.postMessage({ type: 'ended', reason: `${this.name} stopped (${String(result.samples)} samples).` });
      }
    } catch (e) {
      if (!this.disposed && !this.cancel.token.isCancellationRequested) {
        void this.panel.webview.postMessage({ type: 'ended', reason: errorMessage(e) });
        void vscode.window.showErrorMessage(`Stats of ${this.name}: ${errorMessage(e)}`);
      }
    }
  }

  public dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    // The server stops reading the engine's stream; the request then answers.
    void this.connection.request(requests.stopStats, { streamId: this.streamId }).catch(() => undefined);
    this.cancel.cancel();
    this.cancel.dispose();
    if (ContainerStatsPanel.panels.get(this.container) === this) {
      ContainerStatsPanel.panels.delete(this.container);
    }
    for (const disposable of this.disposables.splice(0)) {
      disposable.dispose();
    }
    this.renderEmitter.dispose();
    this.panel.dispose();
  }
}
