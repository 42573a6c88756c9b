// Explorer tests in real VS Code: the docker CLI (the oracle) starts and checks containers; the explorer's trees
// are read from what VS Code itself asked them for, so "appears without a refresh" means VS Code re-rendered
// the tree because the server's change notification said so.
import { execFile } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ContainersExtensionApi } from '../extension';
import type { ContainerItem } from '../protocol';
import { SessionState } from '../session';
import type { ExplorerNode } from '../views/ExplorerNode';
import { assertEqual, screenshot, type TestCase, waitFor } from './harness';

const extensionId = 'containers.containers';
const image = 'containers-test/busybox:latest';
// Per-run label and names (tests/Shared/TestObjects.cs): cleanup removes exactly what this run created.
const runId = crypto.randomBytes(6).toString('hex');
const label = `containers.test.run=${runId}`;
const containerName = `ct-${runId}-explorer`;
let containerId = '';

function docker(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error !== null) {
        reject(new Error(`docker ${args.join(' ')}: ${error.message} ${stderr}`));
      } else {
        resolve(stdout.trim());
      }
    });
  });
}

async function api(): Promise<ContainersExtensionApi> {
  const extension = vscode.extensions.getExtension<ContainersExtensionApi>(extensionId);
  if (extension === undefined) {
    throw new Error(`extension ${extensionId} is not installed`);
  }
  return extension.isActive ? extension.exports : await extension.activate();
}

/** The container as the tree last showed it (the load VS Code asked for), or undefined. */
async function shown(id: string): Promise<ContainerItem | undefined> {
  const load = (await api()).explorer.containers.lastLoad;
  return load?.items.find((c) => c.id === id);
}

/** The node VS Code holds for the container (what a context-menu command receives). */
async function containerNode(id: string): Promise<ExplorerNode> {
  const tree = (await api()).explorer.containers;
  for (const group of await tree.getChildren()) {
    for (const node of await tree.getChildren(group)) {
      if (node.type === 'container' && node.item.id === id) {
        return node;
      }
    }
  }
  throw new Error(`container ${id} is not in the Containers tree`);
}

/** The context-menu entry of <command> in package.json, checked against the node's contextValue. */
async function assertMenuOffers(command: string, node: ExplorerNode): Promise<void> {
  const extension = vscode.extensions.getExtension(extensionId);
  const menus = (extension?.packageJSON as { contributes: { menus: Record<string, { command: string; when: string }[]> } }).contributes.menus;
  const entries = (menus['view/item/context'] ?? []).filter((m) => m.command === command && !m.when.includes('inline'));
  const contextValue = (await api()).explorer.containers.getTreeItem(node).contextValue ?? '';
  const offered = entries.some((m) => {
    const exact = /viewItem == ([\w.]+)/.exec(m.when);
    const pattern = /viewItem =~ \/(.+)\//.exec(m.when);
    return (exact?.[1] !== undefined && exact[1] === contextValue) || (pattern?.[1] !== undefined && new RegExp(pattern[1]).test(contextValue));
  });
  assertEqual(offered, true, `the context menu offers ${command} for contextValue '${contextValue}'`);
}

export const explorerTests: TestCase[] = [
  {
    name: 'the explorer opens and lists the engine’s containers',
    run: async (): Promise<void> => {
      const extension = await api();
      await waitFor(`a running session (now ${extension.session.state})`, () => (extension.session.state === SessionState.Running ? true : undefined));
      // Taken before the tree loads: every container the CLI saw is in the tree unless it was removed meanwhile.
      const cli = (await docker('ps', '-aq', '--no-trunc')).split('\n').filter((l) => l !== '');
      await vscode.commands.executeCommand('workbench.view.extension.containers');
      const load = await waitFor('the Containers tree to load', () => extension.explorer.containers.lastLoad);
      assertEqual(load.error, undefined, 'load error');
      for (const id of cli) {
        if (load.items.find((c) => c.id === id) === undefined && (await docker('ps', '-aq', '--no-trunc', '--filter', `id=${id}`)) !== '') {
          throw new Error(`container ${id} (docker ps -a) is not in the tree`);
        }
      }
    },
  },
  {
    name: 'a container started with the docker CLI appears in the tree without a refresh',
    run: async (): Promise<void> => {
      containerId = await docker('run', '-d', '--network=none', '--name', containerName, '--label', label, image, 'sleep', '3600');
      // docker run is create then start: the tree may show it created first, then running, each after its event.
      const appeared = await waitForAsync(`${containerName} running in the Containers tree`, async () => {
        const item = await shown(containerId);
        return item?.state === 'running' ? item : undefined;
      });
      assertEqual(appeared.name, containerName, 'name');
      assertEqual(appeared.image, image, 'image');
    },
  },
  {
    name: 'the explorer with the running container (screenshot for the README)',
    run: async (): Promise<void> => {
      await vscode.commands.executeCommand('workbench.view.extension.containers');
      await vscode.commands.executeCommand('containers.containers.focus');
      await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
      const file = await screenshot('container-explorer');
      assertEqual(fs.readFileSync(file).subarray(1, 4).toString('latin1'), 'PNG', 'the screenshot is a PNG');
      assertEqual((await shown(containerId))?.state, 'running', 'the container shown is running');
    },
  },
  {
    name: 'Stop from the context menu stops it (checked with the docker CLI)',
    run: async (): Promise<void> => {
      const node = await containerNode(containerId);
      await assertMenuOffers('containers.container.stop', node);
      await vscode.commands.executeCommand('containers.container.stop', node);
      assertEqual(await docker('inspect', '-f', '{{.State.Status}}', containerId), 'exited', 'docker inspect state');
      const stopped = await waitForAsync('the tree to show it stopped', async () => {
        const item = await shown(containerId);
        return item?.state === 'exited' ? item : undefined;
      });
      assertEqual(stopped.status.startsWith('Exited'), true, `status '${stopped.status}'`);
    },
  },
  {
    name: 'Inspect opens the daemon’s JSON',
    run: async (): Promise<void> => {
      await vscode.commands.executeCommand('containers.inspect', await containerNode(containerId));
      const editor = await waitFor('a JSON editor', () => (vscode.window.activeTextEditor?.document.languageId === 'json' ? vscode.window.activeTextEditor : undefined));
      const json = JSON.parse(editor.document.getText()) as { Id: string; Name: string };
      assertEqual(json.Id, containerId, 'Id');
      assertEqual(json.Name, `/${containerName}`, 'Name');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
  {
    name: 'Open in PowerShell types the matching pipeline in a PowerShell terminal',
    run: async (): Promise<void> => {
      const node = await containerNode(containerId);
      await vscode.commands.executeCommand('containers.powershell.handOff', node, 'Stop');
      const terminal = await waitFor('the Containers (PowerShell) terminal', () => vscode.window.terminals.find((t) => t.name === 'Containers (PowerShell)'));
      terminal.dispose();
    },
  },
  {
    name: 'Remove from the context menu removes it and the tree drops it',
    run: async (): Promise<void> => {
      const settings = vscode.workspace.getConfiguration('containers');
      // The modal confirmation cannot be clicked from the extension host: the setting turns it off.
      await settings.update('explorer.confirmRemove', false, vscode.ConfigurationTarget.Global);
      try {
        const node = await containerNode(containerId);
        await assertMenuOffers('containers.container.remove', node);
        await vscode.commands.executeCommand('containers.container.remove', node);
        assertEqual(await docker('ps', '-aq', '--filter', `id=${containerId}`), '', 'docker ps -a after remove');
        await waitForAsync('the tree to drop it', async () => ((await shown(containerId)) === undefined ? true : undefined));
      } finally {
        await settings.update('explorer.confirmRemove', undefined, vscode.ConfigurationTarget.Global);
        const left = await docker('ps', '-aq', '--filter', `label=${label}`);
        if (left !== '') {
          await docker('rm', '-f', ...left.split('\n'));
        }
      }
    },
  },
  {
    name: 'Build Image builds the open Dockerfile and the Images tree shows it (checked with the docker CLI)',
    run: async (): Promise<void> => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      if (folder === undefined) {
        throw new Error('no workspace folder is open');
      }
      const file = path.join(folder, 'build', 'Dockerfile');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // No RUN: the classic builder's RUN needs the engine's default bridge, which these tests do not depend on.
      fs.writeFileSync(file, `FROM ${image}\nLABEL ${label}\nENV EXPLORER_E2E=1\n`);
      const tag = `ct-${runId}-built:e2e`;
      try {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
        const id = await vscode.commands.executeCommand<string | undefined>('containers.image.build', vscode.Uri.file(file), tag);
        assertEqual(id, await docker('image', 'inspect', '-f', '{{.Id}}', tag), 'the built image id (docker image inspect)');
        const images = (await api()).explorer.images;
        await waitForAsync(`${tag} in the Images tree`, () => Promise.resolve(images.lastLoad?.items.some((i) => i.repoTags.includes(tag)) === true ? true : undefined));
      } finally {
        await docker('rmi', '-f', tag).catch(() => '');
      }
    },
  },
];

async function waitForAsync<T>(what: string, condition: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
