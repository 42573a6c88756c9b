import * as path from 'path';
import * as vscode from 'vscode';
import { type VolumeFileContent, type VolumeFileItem, commands, requests } from '../protocol';
import { type ExplorerConnection, errorMessage } from '../views/ExplorerConnection';
import type { ExplorerNode } from '../views/ExplorerNode';
import { formatAge, formatSize } from '../views/format';

/** The scheme of read-only documents showing a file of a volume: `containers-volume:/<volume>/<path>`. */
export const volumeScheme = 'containers-volume';

interface FilePick extends vscode.QuickPickItem {
  readonly entry: VolumeFileItem | undefined;
}

/**
 * "Browse Files" on a volume: a quick pick that walks the volume's folders and opens a file read-only in an editor.
 * The server reads the volume through a throwaway container that is created but never started (the engine's archive
 * endpoint, as docker cp), so it works for remote engines and root-owned volumes alike, and nothing can change it.
 */
export class VolumeBrowser implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private picker: vscode.QuickPick<FilePick> | undefined;

  public constructor(private readonly connection: ExplorerConnection) {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(volumeScheme, { provideTextDocumentContent: (uri) => this.read(uri) }),
      vscode.commands.registerCommand(commands.browseVolume, async (node?: ExplorerNode, folder?: string) => {
        if (node?.type === 'volume') {
          await this.browse(node.item.name, folder ?? '');
        }
      }),
    ];
  }

  /** The picker on screen (tests read its items and accept one); undefined when none is open. */
  public get current(): vscode.QuickPick<vscode.QuickPickItem> | undefined {
    return this.picker;
  }

  private async browse(volume: string, folder: string): Promise<void> {
    this.picker?.dispose();
    const picker = vscode.window.createQuickPick<FilePick>();
    this.picker = picker;
    picker.matchOnDescription = true;
    const load = async (dir: string): Promise<void> => {
      picker.title = `Volume ${volume}: /${dir}`;
      picker.busy = true;
      picker.items = [];
      picker.placeholder = 'Reading the volume…';
      try {
        const entries = await this.connection.request<VolumeFileItem[]>(requests.listVolumeFiles, { volume, path: dir });
        const up: FilePick[] = dir === '' ? [] : [{ label: '$(arrow-up) ..', description: 'parent folder', entry: undefined }];
        picker.items = [...up, ...entries.map((e) => toPick(e))];
        picker.placeholder = entries.length === 0 ? 'This folder is empty' : 'Pick a folder to open it, a file to view it (read-only)';
      } catch (e) {
        picker.placeholder = errorMessage(e);
      } finally {
        picker.busy = false;
      }
    };
    let dir = folder.replace(/^\/+|\/+$/g, '');
    picker.onDidAccept(async () => {
      const chosen = picker.selectedItems[0];
      if (chosen === undefined) {
        return;
      }
      if (chosen.entry === undefined) {
        dir = path.posix.dirname(`/${dir}`).slice(1);
        await load(dir);
      } else if (chosen.entry.type === 'directory') {
        dir = dir === '' ? chosen.entry.name : `${dir}/${chosen.entry.name}`;
        await load(dir);
      } else if (chosen.entry.type === 'file') {
        const file = dir === '' ? chosen.entry.name : `${dir}/${chosen.entry.name}`;
        picker.hide();
        const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: volumeScheme, path: `/${volume}/${file}` }));
        await vscode.window.showTextDocument(document, { preview: true });
      }
    });
    picker.onDidHide(() => {
      if (this.picker === picker) {
        this.picker = undefined;
      }
      picker.dispose();
    });
    picker.show();
    await load(dir);
  }

  private async read(uri: vscode.Uri): Promise<string> {
    const [, volume = '', ...rest] = uri.path.split('/');
    try {
      const content = await this.connection.request<VolumeFileContent>(requests.readVolumeFile, { volume, path: rest.join('/') });
      if (content.binary) {
        return `(binary file, ${formatSize(content.size)}: not shown)`;
      }
      return content.truncated ? `${content.text}\n\n(… only the first ${formatSize(content.text.length)} of ${formatSize(content.size)} shown)` : content.text;
    } catch (e) {
      return `Cannot read ${uri.path} from volume ${volume}: ${errorMessage(e)}`;
    }
  }

  public dispose(): void {
    this.picker?.dispose();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}

function toPick(entry: VolumeFileItem): FilePick {
  const icon = entry.type === 'directory' ? '$(folder)' : entry.type === 'symlink' ? '$(file-symlink-file)' : '$(file)';
  const detail = entry.type === 'symlink' ? `→ ${entry.linkTarget ?? ''}` : formatSize(entry.size);
  return { label: `${icon} ${entry.name}`, description: `${detail} · ${formatAge(entry.modified)}`, entry };
}
