import * as vscode from 'vscode';
import { commands } from '../protocol';
import type { ExplorerNode, ObjectNode } from '../views/ExplorerNode';
import { contextInUse, targets } from './ExplorerCommands';

/** One pipeline offered for a selection. */
export interface Pipeline {
  readonly label: string;
  readonly text: string;
  /** False for pipelines that change something: they are typed into the terminal for the user to run. */
  readonly run: boolean;
}

const terminalName = 'Containers (PowerShell)';

/**
 * "Open in PowerShell": a PowerShell terminal with `Import-Module Containers` and the pipeline that does what the
 * menu does, for the selection (`Get-Container -Id … | Stop-Container`), so users learn the cmdlets from the UI.
 * Read-only pipelines run at once; changing ones are typed but left for the user to press Enter.
 */
export function registerPowerShellHandOff(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(commands.powerShellHandOff, async (node?: ExplorerNode, selection?: readonly ExplorerNode[] | string, choice?: string) => {
      // Tests (and keybindings) may name the pipeline: (node, undefined, 'Stop') or (node, 'Stop').
      const nodes = targets(node, Array.isArray(selection) ? selection : undefined);
      const wanted = typeof selection === 'string' ? selection : choice;
      const offered = pipelinesFor(nodes);
      if (offered.length === 0) {
        return;
      }
      const pipeline =
        wanted === undefined
          ? await vscode.window.showQuickPick(
              offered.map((p) => ({ label: p.label, detail: p.text, pipeline: p })),
              { title: 'Open in PowerShell', placeHolder: 'The pipeline to run' },
            ).then((picked) => picked?.pipeline)
          : offered.find((p) => p.label === wanted);
      if (pipeline === undefined) {
        return;
      }
      const terminal = powerShellTerminal();
      terminal.show();
      terminal.sendText(pipeline.text, pipeline.run);
    }),
  ];
}

/** The pipelines for a selection of one kind (mixed selections get the first node's kind). */
export function pipelinesFor(nodes: readonly ObjectNode[]): Pipeline[] {
  const first = nodes[0];
  if (first === undefined) {
    return [];
  }
  const same = nodes.filter((n) => n.type === first.type);
  const context = contextInUse === undefined ? '' : ` -Context ${quote(contextInUse)}`;
  const list = (values: readonly string[]): string => values.map(quote).join(',');
  switch (first.type) {
    case 'container': {
      const get = `Get-Container -Id ${list(same.map((n) => (n.type === 'container' ? n.item.id : '')))}${context}`;
      const names = list(same.map((n) => (n.type === 'container' ? n.item.name : '')));
      return [
        { label: 'Get', text: get, run: true },
        { label: 'Details', text: `${get} -Detailed`, run: true },
        { label: 'Start', text: `${get} | Start-Container`, run: false },
        { label: 'Stop', text: `${get} | Stop-Container`, run: false },
        { label: 'Restart', text: `${get} | Restart-Container`, run: false },
        { label: 'Remove', text: `${get} | Remove-Container -Force`, run: false },
        { label: 'Logs', text: `Get-ContainerLog -Name ${names} -Tail 100 -Follow${context}`, run: true },
        { label: 'Processes', text: `Get-ContainerProcess -Name ${names}${context}`, run: true },
      ];
    }
    case 'image': {
      const refs = list(same.map((n) => (n.type === 'image' ? (n.reference ?? n.item.id) : '')));
      const ids = same.every((n) => n.type === 'image' && n.reference === undefined);
      return [{ label: 'Get', text: ids ? `Get-ContainerImage -Id ${refs}${context}` : `Get-ContainerImage -Name ${refs}${context}`, run: true }];
    }
    case 'volume': {
      const get = `Get-ContainerVolume -Name ${list(same.map((n) => (n.type === 'volume' ? n.item.name : '')))}${context}`;
      return [
        { label: 'Get', text: get, run: true },
        { label: 'Remove', text: `${get} | Remove-ContainerVolume`, run: false },
      ];
    }
    case 'network': {
      const get = `Get-ContainerNetwork -Id ${list(same.map((n) => (n.type === 'network' ? n.item.id : '')))}${context}`;
      return [
        { label: 'Get', text: get, run: true },
        { label: 'Remove', text: `${get} | Remove-ContainerNetwork`, run: false },
      ];
    }
    case 'context':
      return [{ label: 'Engine', text: `Get-ContainerEngine -Context ${quote(first.item.name)}`, run: true }];
  }
}

/** A PowerShell single-quoted string: nothing inside is expanded; a quote is doubled. */
export function quote(value: string): string {
  return /^[A-Za-z0-9_.:/@-]+$/.test(value) && !/^[-@]/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

// One terminal, reused while it is open: the module is imported once.
function powerShellTerminal(): vscode.Terminal {
  const existing = vscode.window.terminals.find((t) => t.name === terminalName && t.exitStatus === undefined);
  if (existing !== undefined) {
    return existing;
  }
  const pwsh = vscode.workspace.getConfiguration('containers').get<string>('powershell.path', 'pwsh');
  return vscode.window.createTerminal({
    name: terminalName,
    shellPath: pwsh,
    shellArgs: ['-NoLogo', '-NoExit', '-Command', 'Import-Module Containers'],
    iconPath: new vscode.ThemeIcon('terminal-powershell'),
  });
}
