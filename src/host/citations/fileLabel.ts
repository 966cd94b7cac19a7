import * as vscode from 'vscode';

/** A file as users know it in messages: relative to the workspace folder when inside one. */
export function fileLabel(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
