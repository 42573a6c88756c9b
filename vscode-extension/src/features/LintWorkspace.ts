import * as vscode from 'vscode';
import { type LintFileResult, type LspDiagnostic, commands, diagnosticSource, requests } from '../protocol';
import { type ExplorerConnection, errorMessage } from '../views/ExplorerConnection';

// The file names VS Code gives the dockerfile language (package.json contributes.languages), at any depth.
const dockerfiles = '**/{Dockerfile,Containerfile,Dockerfile.*,Containerfile.*,*.dockerfile,*.containerfile}';
// Files per request: one request per file would be slow, one for thousands would block the server's queue.
const batch = 50;

/**
 * "Lint Workspace": every Dockerfile of the workspace analysed by the server as Test-Dockerfile does, with the
 * editor's diagnostics settings, into the Problems panel. Files open in an editor are left to the language server
 * (it keeps them current as you type); a file that opens drops its lint entry, one that closes is linted again.
 */
export class LintWorkspace implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('containers-lint');
  private readonly disposables: { dispose(): unknown }[];
  private linted = false;

  public constructor(private readonly connection: ExplorerConnection) {
    this.disposables = [
      this.collection,
      vscode.commands.registerCommand(commands.lintWorkspace, () => this.lintWorkspace()),
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.collection.delete(d.uri);
      }),
      vscode.workspace.onDidCloseTextDocument(async (d) => {
        if (this.linted && d.uri.scheme === 'file' && vscode.languages.match({ language: 'dockerfile', scheme: 'file' }, d) > 0) {
          await this.lint([d.uri]).catch(() => undefined);
        }
      }),
    ];
  }

  /** The diagnostics the last lint left for <uri>. */
  public diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Lints the workspace; returns how many files were analysed and how many problems were found. */
  public async lintWorkspace(): Promise<{ files: number; problems: number }> {
    const exclude = vscode.workspace.getConfiguration('containers').get<string>('lint.exclude', '**/node_modules/**');
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Linting Dockerfiles', cancellable: true }, async (progress, token) => {
      const files = await vscode.workspace.findFiles(dockerfiles, exclude === '' ? null : exclude, undefined, token);
      this.collection.clear();
      this.linted = true;
      let problems = 0;
      try {
        for (let i = 0; i < files.length && !token.isCancellationRequested; i += batch) {
          progress.report({ message: `${String(i)}/${String(files.length)} files`, increment: (batch / Math.max(files.length, 1)) * 100 });
          problems += await this.lint(files.slice(i, i + batch), token);
        }
      } catch (e) {
        void vscode.window.showErrorMessage(`Lint Workspace: ${errorMessage(e)}`);
      }
      const summary = `${String(files.length)} Dockerfile${files.length === 1 ? '' : 's'}, ${String(problems)} problem${problems === 1 ? '' : 's'}`;
      if (problems > 0) {
        void vscode.window.showInformationMessage(`Lint Workspace: ${summary}.`, 'Show Problems').then((choice) => {
          if (choice !== undefined) {
            void vscode.commands.executeCommand('workbench.actions.view.problems');
          }
        });
      } else {
        void vscode.window.showInformationMessage(`Lint Workspace: ${summary}.`);
      }
      return { files: files.length, problems };
    });
  }

  private async lint(uris: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<number> {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const results = await this.connection.request<LintFileResult[]>(requests.lintFiles, { uris: uris.map((u) => u.toString()) }, token);
    let problems = 0;
    for (const result of results) {
      const uri = vscode.Uri.parse(result.uri);
      if (open.has(uri.toString())) {
        // The language server publishes for open documents; a second copy would only double the Problems panel.
        continue;
      }
      const diagnostics = result.diagnostics.map(toDiagnostic);
      problems += diagnostics.length;
      this.collection.set(uri, diagnostics);
    }
    return problems;
  }

  public dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}

function toDiagnostic(d: LspDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  // LSP severities are 1-based (Error = 1), VS Code's 0-based.
  const severities = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];
  const diagnostic = new vscode.Diagnostic(range, d.message, severities[d.severity - 1] ?? vscode.DiagnosticSeverity.Warning);
  diagnostic.code = d.code;
  diagnostic.source = d.source === '' ? diagnosticSource : d.source;
  return diagnostic;
}
