import * as path from 'path';
import * as vscode from 'vscode';
import { type BuildImageResult, type BuildProgressParams, commands, dockerfileLanguageId, requests } from '../protocol';
import { type ExplorerConnection, errorMessage } from '../views/ExplorerConnection';
import { shortId } from '../views/format';

let nextBuild = 0;

/**
 * "Build Image" and "Build Stage" (`--target`, from the stage code lens): builds the open (or clicked) Dockerfile with the language server's engine, the workspace folder as
 * context (else the Dockerfile's folder), showing the current step in a cancellable notification and the whole
 * output in the "Containers Build" channel. Returns the image id, or undefined when cancelled or failed.
 */
export function registerBuildImage(connection: ExplorerConnection): { dispose(): unknown }[] {
  const output = vscode.window.createOutputChannel('Containers Build');
  return [
    output,
    vscode.commands.registerCommand(commands.buildImage, (resource?: vscode.Uri, tagArgument?: string): Promise<string | undefined> =>
      build(connection, output, resource, tagArgument, undefined),
    ),
    // The code lens over each FROM … AS stage (args [uri, stageName]): docker build --target stage.
    vscode.commands.registerCommand(commands.buildStage, (resource?: vscode.Uri | string, stage?: string, tagArgument?: string): Promise<string | undefined> =>
      build(connection, output, typeof resource === 'string' ? vscode.Uri.parse(resource) : resource, tagArgument, stage === '' ? undefined : stage),
    ),
  ];
}

async function build(connection: ExplorerConnection, output: vscode.OutputChannel, resource: vscode.Uri | undefined, tagArgument: string | undefined, target: string | undefined): Promise<string | undefined> {
  const document = await dockerfileDocument(resource);
  if (document === undefined) {
    void vscode.window.showErrorMessage('Open a Dockerfile to build it.');
    return undefined;
  }
  if (document.isDirty) {
    await document.save();
  }
  const dockerfile = document.uri.fsPath;
  const context = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(dockerfile);
  const tag =
    tagArgument ??
    (await vscode.window.showInputBox({
      title: target === undefined ? 'Build Image' : `Build Stage ${target}`,
      prompt: `Name and tag for the image built from ${vscode.workspace.asRelativePath(document.uri)}${target === undefined ? '' : ` up to stage ${target}`} (context: ${context})`,
      value: defaultTag(context, target),
      validateInput: (value) => (/^[a-z0-9]+([._/:-][a-z0-9]+)*(:[\w][\w.-]{0,127})?$/.test(value) || value === '' ? undefined : 'Not a valid image name (lowercase name[:tag]).'),
    }));
  if (tag === undefined) {
    return undefined;
  }
  const buildId = `build-${String(++nextBuild)}`;
  output.appendLine(`Building ${dockerfile}${target === undefined ? '' : ` --target ${target}`} (context ${context})${tag === '' ? '' : ` as ${tag}`}`);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Building ${tag === '' ? path.basename(dockerfile) : tag}`, cancellable: true },
    async (progress, token) => {
      const subscription = connection.onBuildProgress((p: BuildProgressParams) => {
        if (p.buildId !== buildId) {
          return;
        }
        if (p.kind === 'step') {
          progress.report({ message: `Step ${String(p.step)}/${String(p.stepCount)}: ${p.text ?? ''}` });
        } else if (p.kind === 'output' && p.text !== undefined) {
          output.appendLine(p.text);
        } else if (p.kind === 'context') {
          progress.report({ message: `Sending context (${(p.contextBytes / 1e6).toFixed(1)} MB)` });
        }
      });
      try {
        const result = await connection.request<BuildImageResult>(requests.buildImage, { buildId, dockerfile, context, tag, ...(target === undefined ? {} : { target }) }, token);
        output.appendLine(`Built ${shortId(result.imageId)}${tag === '' ? '' : ` as ${tag}`}`);
        void vscode.window.showInformationMessage(`Built ${tag === '' ? shortId(result.imageId) : tag} (${String(result.steps)} steps).`);
        return result.imageId;
      } catch (e) {
        if (token.isCancellationRequested) {
          output.appendLine('Cancelled.');
          return undefined;
        }
        output.appendLine(`Failed: ${errorMessage(e)}`);
        output.show(true);
        void vscode.window.showErrorMessage(`Build failed: ${errorMessage(e)}`);
        return undefined;
      } finally {
        subscription.dispose();
      }
    },
  );
}

async function dockerfileDocument(resource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) {
    return vscode.workspace.openTextDocument(resource);
  }
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === dockerfileLanguageId && active.uri.scheme === 'file' ? active : undefined;
}

/** The context folder's name, as an image name docker accepts. */
function defaultTag(context: string, stage?: string): string {
  const name = path.basename(context).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  const tag = stage?.toLowerCase().replace(/[^\w.-]+/g, '-').replace(/^[^\w]+/, '') ?? '';
  return `${name === '' ? 'image' : name}:${tag === '' ? 'latest' : tag}`;
}
