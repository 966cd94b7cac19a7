import * as vscode from 'vscode';
import { loadSearchIndex } from '../core/search/loadSearchIndex';
import type { SearchIndex } from '../core/search/buildSearchIndex';

/** The index of the bundled ICLR 2018–2023 corpus, built when the extension was packaged (dist/index/). */
export function loadBundledSearchIndex(extensionUri: vscode.Uri): Promise<SearchIndex> {
  const folder = vscode.Uri.joinPath(extensionUri, 'dist', 'index');
  return loadSearchIndex(async (name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
}
