import type * as vscode from 'vscode';
import type { CiteLanguage } from '../../core/editing/citeLanguage';

/** The language ids citations are written in; package.json `when` clauses and the provider selector use the same. */
const CITE_LANGUAGE_IDS = ['latex', 'tex', 'markdown'] as const;
/** The schemes completion and hover serve: local files, new files, and virtual workspaces (vscode.dev). */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

export const CITE_DOCUMENT_SELECTOR: vscode.DocumentSelector = CITE_LANGUAGE_IDS.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));

/** How citations are written in a document, or undefined for a language that has none. */
export function citeLanguageOf(document: vscode.TextDocument): CiteLanguage | undefined {
  if (document.languageId === 'latex' || document.languageId === 'tex') return 'latex';
  if (document.languageId === 'markdown') return 'markdown';
  return undefined;
}
