import * as vscode from 'vscode';
import { Logger } from './logging';
import { commands } from './protocol';
import { LanguageServerSession, type SessionState } from './session';

/** What the extension exports: used by its own tests, and by anyone who wants to know the server state. */
export interface ContainersExtensionApi {
  readonly session: {
    readonly state: SessionState;
    readonly lastError: string | undefined;
    readonly onDidChangeState: vscode.Event<SessionState>;
    restart(): Promise<void>;
  };
}

/** Activation only: wire the logger, the session and the commands, then start the server in the background. */
export function activate(context: vscode.ExtensionContext): ContainersExtensionApi {
  const logger = new Logger('Containers');
  const session = new LanguageServerSession(context, logger);
  context.subscriptions.push(
    logger,
    session,
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
  return { session };
}

export function deactivate(): void {
  // The session is in context.subscriptions and stops the server when disposed.
}
