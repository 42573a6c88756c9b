import * as vscode from 'vscode';
import { type PushImageResult, type RunImageResult, commands, requests } from '../protocol';
import { type ExplorerConnection, errorMessage } from '../views/ExplorerConnection';
import type { ExplorerNode } from '../views/ExplorerNode';
import { formatSize, shortId } from '../views/format';
import { LayerHistoryPanel } from './charts/LayerHistoryPanel';

let nextPush = 0;

/** What Run asks for; a test (or a caller) passes it to skip the input boxes. */
export interface RunOptions {
  readonly name?: string;
  readonly command?: string;
}

/**
 * The image menu: Show Layer History (a chart), Run (docker run -d), Tag (docker tag), Push (docker push with the
 * CLI's login, under a progress notification). Each returns what it made, so callers and tests can follow up.
 */
export function registerImageCommands(connection: ExplorerConnection, extensionUri: vscode.Uri): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(commands.showLayerHistory, async (node?: ExplorerNode): Promise<LayerHistoryPanel | undefined> => {
      const image = imageOf(node);
      return image === undefined ? undefined : LayerHistoryPanel.show(connection, extensionUri, image.id, image.title);
    }),
    vscode.commands.registerCommand(commands.runImage, async (node?: ExplorerNode, options?: RunOptions): Promise<string | undefined> => {
      const image = imageOf(node);
      if (image === undefined) {
        return undefined;
      }
      const name =
        options?.name ??
        (await vscode.window.showInputBox({
          title: `Run ${image.title}`,
          prompt: 'Container name (empty: the engine picks one)',
          validateInput: (value) => (value === '' || /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(value) ? undefined : 'Letters, digits, _ . - (starting with a letter or digit).'),
        }));
      if (name === undefined) {
        return undefined;
      }
      const command =
        options?.command ??
        (await vscode.window.showInputBox({ title: `Run ${image.title}`, prompt: "Command (empty: the image's CMD); quotes group words as in a shell", placeHolder: 'sh -c "echo hello"' }));
      if (command === undefined) {
        return undefined;
      }
      try {
        const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Starting a container from ${image.title}…` }, () =>
          connection.request<RunImageResult>(requests.runImage, { image: image.reference, name, command: splitCommand(command) }),
        );
        const warnings = result.warnings.length === 0 ? '' : ` Warnings: ${result.warnings.join('; ')}`;
        void vscode.window.showInformationMessage(`Started ${name === '' ? shortId(result.id) : name} from ${image.title}.${warnings}`);
        return result.id;
      } catch (e) {
        void vscode.window.showErrorMessage(`Run ${image.title}: ${errorMessage(e)}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand(commands.tagImage, async (node?: ExplorerNode, targetArgument?: string): Promise<string | undefined> => {
      const image = imageOf(node);
      if (image === undefined) {
        return undefined;
      }
      const target =
        targetArgument ??
        (await vscode.window.showInputBox({
          title: `Tag ${image.title}`,
          prompt: 'New name: [registry/]repository[:tag] (tag latest when absent)',
          value: image.reference === image.id ? '' : image.reference,
          validateInput: (value) => (/^[a-z0-9]+([._:/-][a-z0-9]+)*(:[\w][\w.-]{0,127})?$/.test(value) ? undefined : 'Not a valid image name (lowercase [registry/]name[:tag]).'),
        }));
      if (target === undefined || target === '') {
        return undefined;
      }
      try {
        await connection.request(requests.tagImage, { source: image.id, target });
        return target;
      } catch (e) {
        void vscode.window.showErrorMessage(`Tag ${image.title}: ${errorMessage(e)}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand(commands.pushImage, async (node?: ExplorerNode): Promise<PushImageResult | undefined> => {
      const image = imageOf(node);
      if (image === undefined) {
        return undefined;
      }
      if (image.reference === image.id) {
        void vscode.window.showErrorMessage('Tag the image with a repository name before pushing it.');
        return undefined;
      }
      return push(connection, image.reference);
    }),
  ];
}

async function push(connection: ExplorerConnection, reference: string): Promise<PushImageResult | undefined> {
  const pushId = `push-${String(++nextPush)}`;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Pushing ${reference}`, cancellable: true }, async (progress, token) => {
    // Per layer: bytes sent and size, as docker push draws its bars; the notification shows the sum.
    const layers = new Map<string, { current: number; total: number; done: boolean }>();
    const subscription = connection.onPushProgress((p) => {
      if (p.pushId !== pushId) {
        return;
      }
      if (p.layer === undefined || !/^[0-9a-f]{12,}$/.test(p.layer)) {
        progress.report({ message: p.status });
        return;
      }
      const layer = layers.get(p.layer) ?? { current: 0, total: 0, done: false };
      layer.current = p.current ?? layer.current;
      layer.total = p.total ?? layer.total;
      layer.done = p.status === 'Pushed' || p.status === 'Layer already exists';
      layers.set(p.layer, layer);
      const done = [...layers.values()].filter((l) => l.done).length;
      const sent = [...layers.values()].reduce((sum, l) => sum + (l.done ? l.total : l.current), 0);
      progress.report({ message: `${String(done)}/${String(layers.size)} layers · ${formatSize(sent)}` });
    });
    try {
      const result = await connection.request<PushImageResult>(requests.pushImage, { pushId, reference }, token);
      void vscode.window.showInformationMessage(`Pushed ${reference}${result.digest === '' ? '' : ` (${result.digest})`}.`);
      return result;
    } catch (e) {
      if (!token.isCancellationRequested) {
        void vscode.window.showErrorMessage(`Push ${reference}: ${errorMessage(e)}`);
      }
      return undefined;
    } finally {
      subscription.dispose();
    }
  });
}

/** The image a node names: its id, the reference clicked (else the id), and a title for messages. */
function imageOf(node: ExplorerNode | undefined): { id: string; reference: string; title: string } | undefined {
  if (node?.type !== 'image') {
    return undefined;
  }
  const reference = node.reference ?? node.item.id;
  return { id: node.item.id, reference, title: node.reference ?? shortId(node.item.id) };
}

/**
 * A command line into argv the way a POSIX shell splits words (docker run IMAGE cmd args…): whitespace separates,
 * single quotes keep everything, double quotes keep all but backslash escapes, a backslash outside quotes escapes.
 */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote === "'") {
      if (c === "'") {
        quote = undefined;
      } else {
        word += c;
      }
    } else if (quote === '"') {
      if (c === '"') {
        quote = undefined;
      } else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line.charAt(i + 1))) {
        word += line.charAt(++i);
      } else {
        word += c;
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line.charAt(++i);
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) {
        words.push(word);
        word = '';
        inWord = false;
      }
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) {
    words.push(word);
  }
  return words;
}
