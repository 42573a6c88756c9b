import * as vscode from 'vscode';

/** The extension's log: one LogOutputChannel ("Containers"), also receiving the server's stderr. */
export interface ILogger {
  dispose(): void;
  readonly channel: vscode.LogOutputChannel;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  show(): void;
}

export class Logger implements ILogger {
  public readonly channel: vscode.LogOutputChannel;

  public constructor(name: string) {
    this.channel = vscode.window.createOutputChannel(name, { log: true });
  }

  public debug(message: string): void {
    this.channel.debug(message);
  }

  public info(message: string): void {
    this.channel.info(message);
  }

  public warn(message: string): void {
    this.channel.warn(message);
  }

  public error(message: string): void {
    this.channel.error(message);
  }

  public show(): void {
    this.channel.show(true);
  }

  public dispose(): void {
    this.channel.dispose();
  }
}
