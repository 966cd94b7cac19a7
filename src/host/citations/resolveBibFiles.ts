import * as vscode from 'vscode';
import type { CiteLanguage } from '../../core/editing/citeLanguage';
import { isBibtexFileName } from '../../core/citations/isBibtexFileName';
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
  /** The BibTeX files among them, the only ones read for entries or written to. */
  readonly files: readonly BibFile[];
  /** Named files in other formats (CSL JSON, YAML…), which a BibTeX entry would break. */
  readonly otherFormats: readonly vscode.Uri[];
  readonly source: 'document' | 'setting' | 'default';
}

export const DEFAULT_BIB_NAME = 'references.bib';

/**
 * The .bib files for a document: those it names (LaTeX `\bibliography`/`\addbibresource`, also in its
 * `% !TEX root`; Markdown front matter), resolved against the file that names them; else
 * `paperLookup.citation.bibFile`; else `references.bib` in the workspace folder. A named file that does
 * not exist is returned as missing, never swapped for another; named files that are not BibTeX are set apart. Undefined when there is no folder at all
 * (an untitled document with no workspace open).
 */
export async function resolveBibFiles(
  document: vscode.TextDocument,
  lang: CiteLanguage,
  root: TexRoot | undefined,
  settings: Pick<CitationSettings, 'bibFile'>,
  isFile: (uri: vscode.Uri) => Promise<boolean> = exists,
): Promise<BibFiles | undefined> {
  const folder = documentFolder(document);
  const own = findBibliographies(document.getText(), lang);
  if (own.length > 0 && folder) return bibFiles(own.map((name) => resolveAgainst(folder, name)), 'document', isFile);
  if (root) {
    const named = findBibliographies(root.text, 'latex');
    const rootFolder = vscode.Uri.joinPath(root.uri, '..');
    if (named.length > 0) return bibFiles(named.map((name) => resolveAgainst(rootFolder, name)), 'document', isFile);
  }
  const workspaceFolder = (document.isUntitled ? undefined : vscode.workspace.getWorkspaceFolder(document.uri)?.uri) ?? folder;
  if (!workspaceFolder) return undefined;
  if (settings.bibFile !== '') return bibFiles([resolveAgainst(workspaceFolder, settings.bibFile)], 'setting', isFile);
  return bibFiles([vscode.Uri.joinPath(workspaceFolder, DEFAULT_BIB_NAME)], 'default', isFile);
}

async function bibFiles(uris: readonly vscode.Uri[], source: BibFiles['source'], isFile: (uri: vscode.Uri) => Promise<boolean>): Promise<BibFiles> {
  const bibtex = uris.filter((uri) => isBibtexFileName(uri.path));
  const files: BibFile[] = await Promise.all(bibtex.map(async (uri) => ({ uri, exists: await isFile(uri) })));
  return { files, otherFormats: uris.filter((uri) => !bibtex.includes(uri)), source };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return true;
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
