import * as vscode from 'vscode';
import type { CiteLanguage } from '../../core/editing/citeLanguage';
import { findBibliographies } from '../../core/editing/findBibliographies';
import type { CitationSettings } from '../../core/settings';
import type { TexRoot } from './readTexRoot';
import { documentFolder, resolveAgainst } from './resolveAgainst';

export interface BibFile {
  readonly uri: vscode.Uri;
  readonly exists: boolean;
}

/** Where a document's bibliography is: the files it names, else the setting, else `references.bib`. */
export interface BibFiles {
  readonly files: readonly BibFile[];
  readonly source: 'document' | 'setting' | 'default';
}

export const DEFAULT_BIB_NAME = 'references.bib';

/**
 * The .bib files for a document: those it names (LaTeX `\bibliography`/`\addbibresource`, also in its
 * `% !TEX root`; Markdown front matter), resolved against the file that names them; else
 * `paperLookup.citation.bibFile`; else `references.bib` in the workspace folder. A named file that does
 * not exist is returned as missing, never swapped for another. Undefined when there is no folder at all
 * (an untitled document with no workspace open).
 */
export async function resolveBibFiles(
  document: vscode.TextDocument,
  lang: CiteLanguage,
  root: TexRoot | undefined,
  settings: Pick<CitationSettings, 'bibFile'>,
): Promise<BibFiles | undefined> {
  const folder = documentFolder(document);
  const own = findBibliographies(document.getText(), lang);
  if (own.length > 0 && folder) return { files: await withExistence(own.map((name) => resolveAgainst(folder, name))), source: 'document' };
  if (root) {
    const named = findBibliographies(root.text, 'latex');
    const rootFolder = vscode.Uri.joinPath(root.uri, '..');
    if (named.length > 0) return { files: await withExistence(named.map((name) => resolveAgainst(rootFolder, name))), source: 'document' };
  }
  const workspaceFolder = (document.isUntitled ? undefined : vscode.workspace.getWorkspaceFolder(document.uri)?.uri) ?? folder;
  if (!workspaceFolder) return undefined;
  if (settings.bibFile !== '') return { files: await withExistence([resolveAgainst(workspaceFolder, settings.bibFile)]), source: 'setting' };
  return { files: await withExistence([vscode.Uri.joinPath(workspaceFolder, DEFAULT_BIB_NAME)]), source: 'default' };
}

async function withExistence(uris: readonly vscode.Uri[]): Promise<BibFile[]> {
  return Promise.all(uris.map(async (uri) => ({ uri, exists: await exists(uri) })));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return true;
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
