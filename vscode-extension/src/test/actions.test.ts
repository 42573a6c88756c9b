// The explorer's image, volume and Dockerfile actions (issue #11), each checked with the docker CLI.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PushImageResult } from '../protocol';
import { assertEqual, type TestCase, waitFor } from './harness';
import { api, docker, findNode, imageNode, runLabel, testImage, testName, waitForAsync } from './fixtures';

function workspaceFile(...parts: string[]): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (folder === undefined) {
    throw new Error('no workspace folder is open');
  }
  const file = path.join(folder, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export const actionTests: TestCase[] = [
  {
    name: 'Run on an image creates and starts a container with the name and command given',
    run: async (): Promise<void> => {
      const name = testName('ran');
      try {
        const id = await vscode.commands.executeCommand<string | undefined>('containers.image.run', await imageNode(testImage), { name, command: 'sh -c "sleep 300"' });
        assertEqual(id, await docker('inspect', '-f', '{{.Id}}', name), 'the id returned (docker inspect)');
        assertEqual(await docker('inspect', '-f', '{{.State.Status}}', name), 'running', 'state');
        assertEqual(await docker('inspect', '-f', '{{json .Config.Cmd}}', name), '["sh","-c","sleep 300"]', 'command, split as a shell does');
      } finally {
        await docker('rm', '-f', name).catch(() => '');
      }
    },
  },
  {
    name: 'Tag adds the reference to the image (docker image inspect)',
    run: async (): Promise<void> => {
      const target = `${testName('tagged')}:v1`;
      try {
        const done = await vscode.commands.executeCommand<string | undefined>('containers.image.tag', await imageNode(testImage), target);
        assertEqual(done, target, 'the tag returned');
        assertEqual(await docker('image', 'inspect', '-f', '{{.Id}}', target), await docker('image', 'inspect', '-f', '{{.Id}}', testImage), 'the tag names the same image');
      } finally {
        await docker('rmi', target).catch(() => '');
      }
    },
  },
  {
    name: 'Push sends the image to the local registry with the CLI’s login (digest as the registry reports it)',
    run: async (): Promise<void> => {
      const registry = process.env.CONTAINERS_E2E_REGISTRY ?? '127.0.0.1:5000';
      const reference = `${registry}/${testName('pushed')}:e2e`;
      await docker('tag', testImage, reference);
      try {
        const result = await vscode.commands.executeCommand<PushImageResult | undefined>('containers.image.push', await imageNode(reference));
        if (result === undefined) {
          throw new Error('the push failed (see the error notification)');
        }
        assertEqual(result.tag, 'e2e', 'tag pushed');
        // The registry's own answer: the manifest digest of that tag.
        const digests = await docker('image', 'inspect', '-f', '{{join .RepoDigests ","}}', reference);
        assertEqual(digests.split(',').includes(`${reference.slice(0, reference.lastIndexOf(':'))}@${result.digest}`), true, `RepoDigests ${digests} holds ${result.digest}`);
      } finally {
        await docker('rmi', reference).catch(() => '');
      }
    },
  },
  {
    name: 'Browse Files walks a volume’s folders and opens a file read-only',
    run: async (): Promise<void> => {
      const volume = testName('files');
      await docker('volume', 'create', '--label', runLabel, volume);
      try {
        await docker('run', '--rm', '--network=none', '--label', runLabel, '-v', `${volume}:/data`, testImage, 'sh', '-c', 'mkdir -p /data/conf && echo hello-volume > /data/conf/greeting.txt && echo top > /data/top.txt');
        const extension = await api();
        const node = await waitForAsync(`${volume} in the Volumes tree`, () => findNode(extension.explorer.volumes, (n) => n.type === 'volume' && n.item.name === volume));
        void vscode.commands.executeCommand('containers.volume.browse', node);
        const labels = async (): Promise<string[]> =>
          waitFor('the picker to list the folder', () => {
            const picker = extension.explorer.volumeBrowser.current;
            return picker !== undefined && !picker.busy && picker.items.length > 0 ? picker.items.map((i) => i.label) : undefined;
          });
        const root = await labels();
        assertEqual(JSON.stringify(root), JSON.stringify(['$(folder) conf', '$(file) top.txt']), 'the volume’s root (folders first)');
        await accept('conf');
        await waitFor('the conf folder', () => (extension.explorer.volumeBrowser.current?.title?.endsWith('/conf') === true && !extension.explorer.volumeBrowser.current.busy ? true : undefined));
        assertEqual(JSON.stringify(await labels()), JSON.stringify(['$(arrow-up) ..', '$(file) greeting.txt']), 'the conf folder');
        await accept('greeting.txt');
        const editor = await waitFor('the file in an editor', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'containers-volume' ? vscode.window.activeTextEditor : undefined));
        assertEqual(editor.document.getText(), 'hello-volume\n', 'the file’s content');
        assertEqual(editor.document.uri.path, `/${volume}/conf/greeting.txt`, 'the document names volume and path');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        assertEqual(await docker('ps', '-aq', '--filter', `label=containers.explorer.volume-browser=${volume}`), '', 'the throwaway containers are gone');
      } finally {
        await docker('volume', 'rm', '-f', volume).catch(() => '');
      }

      async function accept(name: string): Promise<void> {
        const picker = (await api()).explorer.volumeBrowser.current;
        const item = picker?.items.find((i) => i.label.endsWith(` ${name}`));
        if (picker === undefined || item === undefined) {
          throw new Error(`no '${name}' in the picker`);
        }
        picker.activeItems = [item];
        // The picker's state reaches the workbench asynchronously; accepting before it arrives would take the first item.
        await waitFor(`'${name}' active`, () => (picker.activeItems[0] === item ? true : undefined));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
    },
  },
  {
    name: 'Lint Workspace puts every Dockerfile’s problems in the Problems panel, the same as an open editor shows',
    run: async (): Promise<void> => {
      const file = workspaceFile('lint', 'Dockerfile');
      fs.writeFileSync(file, `FROM ${testImage}\nEXPOSE 80000\nFORM x\n`);
      const uri = vscode.Uri.file(file);
      const extension = await api();
      const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('containers.lintWorkspace');
      const linted = extension.explorer.lint.diagnostics(uri);
      assertEqual(linted.length >= 2, true, `problems in lint/Dockerfile (got ${linted.map((d) => JSON.stringify(d.code)).join(', ')})`);
      assertEqual(result.files >= 1 && result.problems >= linted.length, true, `result ${JSON.stringify(result)}`);
      assertEqual(vscode.languages.getDiagnostics(uri).length, linted.length, 'the Problems panel has them');
      const key = (d: vscode.Diagnostic): string => `${JSON.stringify(d.code)}@${String(d.range.start.line)}:${String(d.range.start.character)}-${String(d.range.end.line)}:${String(d.range.end.character)}`;
      const fromLint = linted.map(key).sort();
      // Open it: the language server's own diagnostics take over, and say the same.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const fromServer = await waitFor('the language server’s diagnostics', () => {
        const live = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'containers');
        return live.length > 0 && extension.explorer.lint.diagnostics(uri).length === 0 ? live.map(key).sort() : undefined;
      });
      assertEqual(JSON.stringify(fromLint), JSON.stringify(fromServer), 'lint and the open editor agree');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    },
  },
  {
    name: 'Build Stage (the stage code lens command) builds with --target',
    run: async (): Promise<void> => {
      const file = workspaceFile('stages', 'Dockerfile');
      fs.writeFileSync(file, `FROM ${testImage} AS base\nLABEL ${runLabel}\nLABEL stage=base\n\nFROM base AS final\nLABEL stage=final\n`);
      const tag = `${testName('stage')}:base`;
      try {
        const id = await vscode.commands.executeCommand<string | undefined>('containers.buildStage', vscode.Uri.file(file), 'base', tag);
        assertEqual(id, await docker('image', 'inspect', '-f', '{{.Id}}', tag), 'the built image (docker image inspect)');
        assertEqual(await docker('image', 'inspect', '-f', '{{index .Config.Labels "stage"}}', tag), 'base', 'the stage built is base, not the last one');
      } finally {
        await docker('rmi', '-f', tag).catch(() => '');
      }
    },
  },
  {
    name: 'the Contexts view follows docker context create and rm without a refresh',
    run: async (): Promise<void> => {
      const context = testName('ctx');
      const contexts = (await api()).explorer.contexts;
      await vscode.commands.executeCommand('containers.contexts.focus');
      await waitFor('the Contexts tree to load', () => contexts.lastLoad);
      try {
        await docker('context', 'create', context, '--description', 'e2e', '--docker', 'host=tcp://127.0.0.1:1');
        await waitFor(`${context} in the Contexts tree`, () => (contexts.lastLoad?.items.some((c) => c.name === context) === true ? true : undefined));
        await docker('context', 'rm', '-f', context);
        await waitFor(`${context} gone from the Contexts tree`, () => (contexts.lastLoad?.items.some((c) => c.name === context) === false ? true : undefined));
      } finally {
        await docker('context', 'rm', '-f', context).catch(() => '');
      }
    },
  },
];
