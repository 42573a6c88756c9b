// What the explorer tests share: the docker CLI (the oracle), the extension's API, per-run names and labels
// (tests/Shared/TestObjects.cs: cleanup removes exactly what this run created), and tree lookups.
import { execFile } from 'child_process';
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { ContainersExtensionApi } from '../extension';
import { SessionState } from '../session';
import type { ExplorerNode } from '../views/ExplorerNode';

export const extensionId = 'containers.containers';
export const testImage = 'containers-test/busybox:latest';
export const runId = crypto.randomBytes(6).toString('hex');
export const runLabel = `containers.test.run=${runId}`;

/** A name for an object of this run: ct-<run>-<suffix>. */
export function testName(suffix: string): string {
  return `ct-${runId}-${suffix}`;
}

export function docker(...args: string[]): Promise<string> {
  return dockerWith({}, ...args);
}

export function dockerWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { timeout: 120_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      if (error !== null) {
        reject(new Error(`docker ${args.join(' ')}: ${error.message} ${stderr}`));
      } else {
        resolve(stdout.trim());
      }
    });
  });
}

/** The extension's API once its server runs (a test run filtered to one test starts with nothing open). */
export async function api(): Promise<ContainersExtensionApi> {
  const extension = vscode.extensions.getExtension<ContainersExtensionApi>(extensionId);
  if (extension === undefined) {
    throw new Error(`extension ${extensionId} is not installed`);
  }
  const exports = extension.isActive ? extension.exports : await extension.activate();
  await waitForAsync(`a running session (now ${exports.session.state})`, () => Promise.resolve(exports.session.state === SessionState.Running ? true : undefined));
  return exports;
}

/** The node of the first tree item (groups opened) that <match> accepts, as a context-menu command receives it. */
export async function findNode(tree: vscode.TreeDataProvider<ExplorerNode>, match: (node: ExplorerNode) => boolean): Promise<ExplorerNode | undefined> {
  const walk = async (nodes: readonly ExplorerNode[]): Promise<ExplorerNode | undefined> => {
    for (const node of nodes) {
      if (match(node)) {
        return node;
      }
      if (node.type === 'group') {
        const found = await walk((await tree.getChildren(node)) ?? []);
        if (found !== undefined) {
          return found;
        }
      }
    }
    return undefined;
  };
  return walk((await tree.getChildren()) ?? []);
}

export async function waitForAsync<T>(what: string, condition: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
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

/** The image node of <reference> in the Images tree, waiting for the tree to show it. */
export async function imageNode(reference: string): Promise<ExplorerNode> {
  const images = (await api()).explorer.images;
  return waitForAsync(`${reference} in the Images tree`, () => findNode(images, (n) => n.type === 'image' && n.reference === reference));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
