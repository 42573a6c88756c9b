import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { serverExecutableName } from './protocol';

/** How to start the server: an executable, or `dotnet` with a dll for development builds. */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly source: 'setting' | 'bundled';
}

/**
 * Resolves `containers.server.path` (absolute, `~/…`, or relative to the first workspace folder), else the
 * server bundled in `server/` (linux-x64 only so far). Throws an Error naming the path when nothing usable is there.
 */
export function resolveServerCommand(context: vscode.ExtensionContext): ServerCommand {
  const configured = vscode.workspace.getConfiguration('containers').get<string>('server.path', '').trim();
  if (configured !== '') {
    const resolved = resolveConfiguredPath(configured);
    if (!fs.existsSync(resolved)) {
      throw new Error(`containers.server.path points to '${resolved}', which does not exist.`);
    }
    return resolved.endsWith('.dll')
      ? { command: 'dotnet', args: [resolved], source: 'setting' }
      : { command: resolved, args: [], source: 'setting' };
  }

  const bundled = context.asAbsolutePath(path.join('server', serverExecutableName));
  if (!fs.existsSync(bundled)) {
    throw new Error(
      `No bundled language server for ${process.platform}-${process.arch} (looked for '${bundled}'). ` +
        'Set containers.server.path to a Containers.LanguageServer build.',
    );
  }
  ensureExecutable(bundled);
  return { command: bundled, args: [], source: 'bundled' };
}

function resolveConfiguredPath(configured: string): string {
  if (configured === '~' || configured.startsWith('~/')) {
    return path.join(os.homedir(), configured.slice(1));
  }
  if (path.isAbsolute(configured)) {
    return configured;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder === undefined ? path.resolve(configured) : path.join(folder.uri.fsPath, configured);
}

/** An installer that drops the zip's file modes must not leave the bundled server unrunnable. */
function ensureExecutable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    fs.chmodSync(file, 0o755);
  }
}
