import * as crypto from 'crypto';
import * as vscode from 'vscode';

/**
 * The page of a chart panel: one stylesheet and one script from the extension's `media/` folder, nothing else.
 * The Content-Security-Policy allows no network at all and only scripts carrying this page's nonce; colours come
 * from the theme's `--vscode-*` variables, so the chart follows light, dark and high-contrast themes.
 */
export function chartHtml(webview: vscode.Webview, extensionUri: vscode.Uri, script: string, title: string): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const media = (file: string): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('charts.css')}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div id="root"><p class="muted">Loading…</p></div>
<script nonce="${nonce}" src="${media(script)}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** What a chart page reports after drawing (media/*.js post it), so tests can assert what the user sees. */
export interface ChartRendered {
  readonly type: 'rendered';
  /** Bars (layer history) or points per series (stats) drawn. */
  readonly count: number;
}

export function isRendered(message: unknown): message is ChartRendered {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'rendered' && typeof (message as { count?: unknown }).count === 'number';
}
