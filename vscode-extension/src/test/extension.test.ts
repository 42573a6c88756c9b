// Extension tests: they run inside real VS Code (code-server's extension host), with the packaged
// extension and its bundled NativeAOT server, and check what a user sees through VS Code's own API.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ContainersExtensionApi } from '../extension';
import { SessionState } from '../session';
import * as fs from 'fs';
import { assertEqual, screenshot, type TestCase, waitFor } from './harness';

const extensionId = 'containers.containers';

async function api(): Promise<ContainersExtensionApi> {
  const extension = vscode.extensions.getExtension<ContainersExtensionApi>(extensionId);
  if (extension === undefined) {
    throw new Error(`extension ${extensionId} is not installed`);
  }
  return extension.isActive ? extension.exports : await extension.activate();
}

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) {
    throw new Error('no workspace folder is open');
  }
  return vscode.Uri.file(path.join(folder.uri.fsPath, ...segments));
}

/**
 * Waits for the session to reach <state>. Waiting for Running fails at once when the session is Failed
 * (with its error), unless a restart is known to be on its way (failFast: false).
 */
async function waitForState(state: SessionState, failFast = state === SessionState.Running): Promise<void> {
  const extension = await api();
  await waitFor(`session state ${state} (now ${extension.session.state}, ${extension.session.lastError ?? 'no error'})`, () => {
    if (failFast && extension.session.state === SessionState.Failed) {
      throw new Error(`the session failed: ${extension.session.lastError ?? 'no error'}`);
    }
    return extension.session.state === state ? true : undefined;
  });
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'containers');
}

function code(diagnostic: vscode.Diagnostic): string {
  const value = diagnostic.code;
  return typeof value === 'object' ? String(value.value) : String(value);
}

/** Waits until our diagnostics of <uri> satisfy <accept>; fails at once if the session has failed (no server, no diagnostics). */
async function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const extension = await api();
  return waitFor(`${what} on ${uri.toString()}`, () => {
    if (extension.session.state === SessionState.Failed) {
      throw new Error(`the session failed: ${extension.session.lastError ?? 'no error'}`);
    }
    const diagnostics = ours(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

export const tests: TestCase[] = [
  {
    name: 'activates on a Dockerfile and runs the bundled server',
    run: async (): Promise<void> => {
      const document = await vscode.workspace.openTextDocument(workspaceFile('Dockerfile'));
      await vscode.window.showTextDocument(document);
      assertEqual(document.languageId, 'dockerfile', 'language id');
      await waitForState(SessionState.Running);
      assertEqual(vscode.extensions.getExtension(extensionId)?.isActive, true, 'extension active');
    },
  },
  {
    name: 'a valid Dockerfile has no diagnostics',
    run: async (): Promise<void> => {
      const uri = workspaceFile('Dockerfile');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      // Give the server the chance to say something, then check. VS Code pulls diagnostics for documents in
      // editor tabs, so the second one is shown too (beside, without taking the focus).
      const other = workspaceFile('bad', 'Dockerfile');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), { preview: false, preserveFocus: true });
      await waitForDiagnostics(other, 'diagnostics of a second document', (d) => d.length > 0);
      assertEqual(ours(uri).length, 0, 'diagnostics of the valid Dockerfile');
    },
  },
  {
    name: 'opening a Dockerfile with an unknown instruction shows that diagnostic',
    run: async (): Promise<void> => {
      const uri = workspaceFile('bad', 'Dockerfile');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const [diagnostic] = await waitForDiagnostics(uri, 'the UnknownInstruction diagnostic', (d) => d.length === 1);
      if (diagnostic === undefined) {
        throw new Error('no diagnostic');
      }
      assertEqual(diagnostic.message, 'Unknown instruction: FORM', 'message');
      assertEqual(code(diagnostic), 'UnknownInstruction', 'code');
      assertEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error, 'severity');
      assertEqual(`${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character}`, '1:0-1:4', 'range');
    },
  },
  {
    name: 'editing the document updates its diagnostics',
    run: async (): Promise<void> => {
      const uri = workspaceFile('bad', 'Dockerfile');
      const document = await vscode.workspace.openTextDocument(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(1, 0, 1, 4), 'RUN');
      assertEqual(await vscode.workspace.applyEdit(edit), true, 'edit applied');
      await waitForDiagnostics(uri, 'no diagnostics after the fix', (d) => d.length === 0);

      const breakIt = new vscode.WorkspaceEdit();
      breakIt.insert(uri, new vscode.Position(0, 0), 'COPY . /src\n');
      await vscode.workspace.applyEdit(breakIt);
      const [diagnostic] = await waitForDiagnostics(uri, 'InstructionBeforeFrom', (d) => d.length === 1);
      assertEqual(diagnostic === undefined ? undefined : code(diagnostic), 'InstructionBeforeFrom', 'code');
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      assertEqual(document.getText().includes('FORM'), true, 'undo restored the text');
    },
  },
  {
    name: 'an empty Dockerfile reports the missing FROM',
    run: async (): Promise<void> => {
      const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: '' });
      await vscode.window.showTextDocument(document);
      const [diagnostic] = await waitForDiagnostics(document.uri, 'NoSourceImage', (d) => d.length === 1);
      assertEqual(diagnostic === undefined ? undefined : code(diagnostic), 'NoSourceImage', 'code');
    },
  },
  {
    name: 'containers.server.path pointing nowhere fails with a clear error, and clearing it recovers',
    run: async (): Promise<void> => {
      const extension = await api();
      const settings = vscode.workspace.getConfiguration('containers');
      try {
        await settings.update('server.path', '/nonexistent/Containers.LanguageServer', vscode.ConfigurationTarget.Global);
        await waitForState(SessionState.Failed);
        const error = extension.session.lastError ?? '';
        if (!error.includes('/nonexistent/Containers.LanguageServer')) {
          throw new Error(`the error does not name the path: ${error}`);
        }
      } finally {
        await settings.update('server.path', undefined, vscode.ConfigurationTarget.Global);
      }
      // The restart that the setting change triggers may not have begun yet: Failed is still expected here.
      await waitForState(SessionState.Running, false);
      const uri = workspaceFile('bad', 'Dockerfile');
      await waitForDiagnostics(uri, 'diagnostics from the restarted server', (d) => d.length === 1);
    },
  },
  {
    name: 'the restart command brings the server back with diagnostics',
    run: async (): Promise<void> => {
      await vscode.commands.executeCommand('containers.restartServer');
      await waitForState(SessionState.Running);
      await waitForDiagnostics(workspaceFile('bad', 'Dockerfile'), 'diagnostics after restart', (d) => d.length === 1);
    },
  },
  {
    name: 'the workbench shows a Dockerfile with its problems (screenshot for the README)',
    run: async (): Promise<void> => {
      const uri = workspaceFile('showcase', 'Dockerfile');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const diagnostics = await waitForDiagnostics(uri, 'the showcase diagnostics', (d) => d.length >= 2);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
      const file = await screenshot('dockerfile-diagnostics');
      const png = fs.readFileSync(file);
      assertEqual(png.subarray(1, 4).toString('latin1'), 'PNG', 'the screenshot is a PNG');
      assertEqual(diagnostics.every((d) => d.source === 'containers'), true, 'diagnostics come from our server');
    },
  },
];
