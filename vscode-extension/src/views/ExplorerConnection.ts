import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ClientFeature } from '../session';
import {
  type BuildProgressParams,
  type ChangedParams,
  type PushProgressParams,
  type StatsSampleParams,
  buildProgressNotification,
  changedNotification,
  pushProgressNotification,
  statsSampleNotification,
} from '../protocol';

/**
 * The explorer's line to the language server: the current client (set by the session for each new client),
 * requests that fail with a readable message when no server runs, and the server's change notifications as an
 * event. A new client counts as an `engine` change, so every tree reloads after a server restart.
 */
export class ExplorerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<ChangedParams>();
  private readonly buildEmitter = new vscode.EventEmitter<BuildProgressParams>();
  private readonly statsEmitter = new vscode.EventEmitter<StatsSampleParams>();
  private readonly pushEmitter = new vscode.EventEmitter<PushProgressParams>();

  /** Fires for every `containers/statsSample` notification. */
  public readonly onStatsSample = this.statsEmitter.event;

  /** Fires for every `containers/pushProgress` notification. */
  public readonly onPushProgress = this.pushEmitter.event;

  /** Fires for every `containers/buildProgress` notification. */
  public readonly onBuildProgress = this.buildEmitter.event;

  /** Fires for every `containers/changed` notification. */
  public readonly onDidChange = this.changeEmitter.event;

  /** The session's feature factory: attaches to each new client and detaches when it goes. */
  public attach(client: LanguageClient): ClientFeature {
    this.client = client;
    const subscription = client.onNotification(changedNotification, (params: ChangedParams) => {
      this.changeEmitter.fire(params);
    });
    const builds = client.onNotification(buildProgressNotification, (params: BuildProgressParams) => {
      this.buildEmitter.fire(params);
    });
    const stats = client.onNotification(statsSampleNotification, (params: StatsSampleParams) => {
      this.statsEmitter.fire(params);
    });
    const pushes = client.onNotification(pushProgressNotification, (params: PushProgressParams) => {
      this.pushEmitter.fire(params);
    });
    this.changeEmitter.fire({ kind: 'engine' });
    return {
      name: 'explorer',
      dispose: (): void => {
        subscription.dispose();
        builds.dispose();
        stats.dispose();
        pushes.dispose();
        if (this.client === client) {
          this.client = undefined;
          this.changeEmitter.fire({ kind: 'engine', error: 'The Containers language server is not running.' });
        }
      },
    };
  }

  public get isConnected(): boolean {
    return this.client !== undefined;
  }

  /** Sends a `containers/*` request; rejects with the server's message (or "not running"). */
  public async request<T>(method: string, params: object, token?: vscode.CancellationToken): Promise<T> {
    const client = this.client;
    if (client === undefined) {
      throw new Error('The Containers language server is not running.');
    }
    // A cancelled token sends $/cancelRequest: the server stops the engine call (a build is aborted).
    return token === undefined ? client.sendRequest<T>(method, params) : client.sendRequest<T>(method, params, token);
  }

  public dispose(): void {
    this.changeEmitter.dispose();
    this.buildEmitter.dispose();
    this.statsEmitter.dispose();
    this.pushEmitter.dispose();
  }
}

/** The message of an error from a request (JSON-RPC errors carry the engine's own text). */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
