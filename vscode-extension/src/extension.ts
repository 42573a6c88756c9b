import * as vscode from 'vscode';
import { Logger } from './logging';
import { commands } from './protocol';
import { type ClientFeature, LanguageServerSession, type SessionState } from './session';
import { Explorer } from './views/Explorer';

/** What the extension exports: used by its own tests, and by anyone who wants to know the server state. */
export interface ContainersExtensionApi {
  readonly session: {
    readonly state: SessionState;
    readonly lastError: string | undefined;
    readonly onDidChangeState: vscode.Event<SessionState>;
    restart(): Promise<void>;
  };
  /** The activity-bar explorer's trees (the tests read what they loaded). */
  readonly explorer: Explorer;
}

/** Activation only: wire the logger, the session, the explorer and the commands, then start the server in the background. */
export function activate(context: vscode.ExtensionContext): ContainersExtensionApi {
  const logger = new Logger('Containers');
  const explorer = new Explorer(context.extensionUri);
  const session = new LanguageServerSession(context, logger, [(client): ClientFeature => explorer.connection.attach(client)]);
  context.subscriptions.push(
    logger,
    session,
    explorer,
    vscode.commands.registerCommand(commands.restartServer, () => session.restart()),
    vscode.commands.registerCommand(commands.showLogs, () => {
      logger.show();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('containers.server')) {
        logger.info('Server settings changed.');
        void session.restart();
      }
    }),
  );
  void session.start();
  return { session, explorer };
}

export function deactivate(): void {
  // The session is in context.subscriptions and stops the server when disposed.
}
