import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { loadSearchIndex } from '../core/search/loadSearchIndex';
import type { SearchIndex } from '../core/search/buildSearchIndex';

/**
 * The index of the bundled ICLR 2018–2023 corpus, built when the extension was packaged (dist/index/). The
 * extension's own folder is on the extension host's disk, so node's fs reads it directly: through
 * vscode.workspace.fs the 24 MB index crossed the workbench's file service first.
 */
export function loadBundledSearchIndex(extensionUri: vscode.Uri): Promise<SearchIndex> {
  const folder = vscode.Uri.joinPath(extensionUri, 'dist', 'index');
  const local = folder.scheme === 'file';
  return loadSearchIndex(async (name) => {
    const file = vscode.Uri.joinPath(folder, name);
    return local ? readFile(file.fsPath) : vscode.workspace.fs.readFile(file);
  });
}
