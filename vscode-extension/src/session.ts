import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import type { ILogger } from './logging';
import { commands, dockerfileLanguageId } from './protocol';
import { resolveServerCommand } from './serverPath';

/** The server lifecycle, as vscode-powershell models it. */
export enum SessionState {
  NotStarted = 'NotStarted',
  Starting = 'Starting',
  Running = 'Running',
  Stopping = 'Stopping',
  Failed = 'Failed',
}

/** Features that live as long as one language client; re-created for each new client. */
export interface ClientFeature {
  dispose(): void;
  readonly name: string;
}

export type FeatureFactory = (client: LanguageClient) => ClientFeature;

const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;

/**
 * Owns the one language server process. `start()` is idempotent (concurrent calls share one start),
 * `stop()` disposes the client and its features, `restart()` is stop + start. A crash moves to Failed
 * and offers Restart / Show Logs once: it never restarts by itself, so a broken server cannot loop.
 */
export class LanguageServerSession implements vscode.Disposable {
  private currentState = SessionState.NotStarted;
  private client: LanguageClient | undefined;
  private features: ClientFeature[] = [];
  private starting: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private error: string | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<SessionState>();
  private readonly traceChannel: vscode.OutputChannel;

  /** Fires on every state change. */
  public readonly onDidChangeState = this.stateEmitter.event;

  public constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly logger: ILogger,
    private readonly featureFactories: readonly FeatureFactory[] = [],
  ) {
    this.traceChannel = vscode.window.createOutputChannel('Containers LSP Trace');
  }

  public get state(): SessionState {
    return this.currentState;
  }

  /** Why the session is Failed; undefined otherwise. */
  public get lastError(): string | undefined {
    return this.error;
  }

  public start(): Promise<void> {
    if (this.currentState === SessionState.Running) {
      return Promise.resolve();
    }
    this.starting ??= this.startCore().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  public async stop(): Promise<void> {
    if (this.starting !== undefined) {
      await this.starting.catch(() => undefined);
    }
    this.stopping ??= this.stopCore().finally(() => {
      this.stopping = undefined;
    });
    await this.stopping;
  }

  public async restart(): Promise<void> {
    this.logger.info('Restarting the language server.');
    await this.stop();
    await this.start();
  }

  public dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
    this.traceChannel.dispose();
  }

  private async startCore(): Promise<void> {
    if (this.stopping !== undefined) {
      await this.stopping;
    }
    this.setState(SessionState.Starting);
    this.error = undefined;
    let client: LanguageClient | undefined;
    try {
      const server = resolveServerCommand(this.context);
      const logLevel = vscode.workspace.getConfiguration('containers').get<string>('server.logLevel', 'information');
      this.logger.info(`Starting ${server.source} language server: ${server.command} ${server.args.join(' ')}`);
      const serverOptions: ServerOptions = {
        command: server.command,
        args: [...server.args, '--stdio', '--log-level', logLevel],
        transport: TransportKind.stdio,
      };
      client = new LanguageClient('containers', 'Containers Language Server', serverOptions, this.clientOptions());
      this.client = client;
      await withTimeout(client.start(), startTimeoutMs, 'The language server did not answer initialize');
      this.features = this.featureFactories.map((create) => create(client as LanguageClient));
      this.setState(SessionState.Running);
      this.logger.info(`Language server running (${client.initializeResult?.serverInfo?.version ?? 'unknown version'}).`);
    } catch (e) {
      this.client = undefined;
      if (client !== undefined) {
        await client.dispose(stopTimeoutMs).catch(() => undefined);
      }
      this.fail(`The Containers language server could not start: ${describe(e)}`);
    }
  }

  private async stopCore(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const feature of this.features) {
      feature.dispose();
    }
    this.features = [];
    if (client === undefined) {
      if (this.currentState !== SessionState.Failed) {
        this.setState(SessionState.NotStarted);
      }
      return;
    }
    this.setState(SessionState.Stopping);
    try {
      await client.dispose(stopTimeoutMs);
    } catch (e) {
      this.logger.warn(`Stopping the language server: ${describe(e)}`);
    }
    this.setState(SessionState.NotStarted);
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: [
        { scheme: 'file', language: dockerfileLanguageId },
        { scheme: 'untitled', language: dockerfileLanguageId },
      ],
      outputChannel: this.logger.channel,
      traceOutputChannel: this.traceChannel,
      initializationFailedHandler: (error: unknown): boolean => {
        this.logger.error(`initialize failed: ${describe(error)}`);
        return false;
      },
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
        closed: (): CloseHandlerResult => {
          this.onServerClosed();
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
  }

  private onServerClosed(): void {
    if (this.currentState === SessionState.Running) {
      this.client = undefined;
      this.fail('The Containers language server stopped unexpectedly.');
    }
  }

  private fail(message: string): void {
    this.error = message;
    this.logger.error(message);
    this.setState(SessionState.Failed);
    void vscode.window.showErrorMessage(message, 'Restart', 'Show Logs').then(async (choice) => {
      if (choice === 'Restart') {
        await vscode.commands.executeCommand(commands.restartServer);
      } else if (choice === 'Show Logs') {
        this.logger.show();
      }
    });
  }

  private setState(state: SessionState): void {
    if (this.currentState !== state) {
      this.currentState = state;
      this.logger.debug(`Session state: ${state}`);
      this.stateEmitter.fire(state);
    }
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${message} within ${ms / 1000} s.`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
