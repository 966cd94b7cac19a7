import * as vscode from 'vscode';

/** A file's text as the user sees it: the open document (unsaved edits included), else the file on disk. */
export async function readTextAt(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
