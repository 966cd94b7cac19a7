import * as vscode from 'vscode';

/**
 * `name` as written in a document or setting, resolved against the folder `base`: relative paths join it,
 * absolute ones keep its scheme and authority (so remote and virtual workspaces work).
 */
export function resolveAgainst(base: vscode.Uri, name: string): vscode.Uri {
  const path = name.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(path)) return base.scheme === 'file' ? vscode.Uri.file(path) : base.with({ path: `/${path}` });
  if (path.startsWith('/')) return base.with({ path });
  return vscode.Uri.joinPath(base, path);
}

/** The folder that relative paths in a document mean: its own folder, or for an untitled one the workspace folder. */
export function documentFolder(document: vscode.TextDocument): vscode.Uri | undefined {
  if (document.isUntitled) return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(document.uri, '..');
}
