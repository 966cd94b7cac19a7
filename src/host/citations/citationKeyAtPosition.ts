import * as vscode from 'vscode';
import { citeKeyAt } from '../../core/editing/citeKeyAt';
import type { BibliographyService, LoadedBib } from './bibliographyService';
import { citeLanguageOf } from './citeLanguageOf';
import type { SettingsWatcher } from '../settings';

/** A citation key under the cursor: in a citation of a LaTeX or Markdown document, or an entry's key in a .bib. */
export interface KeyAtPosition {
  readonly key: string;
  readonly range: vscode.Range;
  /** The .bib files that define keys for where the cursor is: the document's, or the .bib itself. */
  readonly bibs: readonly LoadedBib[];
}

export async function citationKeyAtPosition(document: vscode.TextDocument, position: vscode.Position, bibliography: BibliographyService, settings: SettingsWatcher): Promise<KeyAtPosition | undefined> {
  const offset = document.offsetAt(position);
  if (/\.(bib|bibtex)$/i.test(document.uri.path)) {
    const bib = bibliography.bibOfDocument(document);
    const entry = bib.parsed.entries.find((candidate) => candidate.keyStart <= offset && offset <= candidate.keyEnd);
    return entry === undefined ? undefined : { key: entry.key, range: bib.range(entry.keyStart, entry.keyEnd), bibs: [bib] };
  }
  const lang = citeLanguageOf(document);
  const found = lang === undefined ? undefined : citeKeyAt(document.getText(), offset, lang);
  if (found === undefined) return undefined;
  const bibs = (await bibliography.bibliographyOf(document, settings.forDocument(document).citation))?.bibs ?? [];
  return { key: found.key, range: new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)), bibs };
}

/** Where the bibliography defines `key`: the key of each entry with it (the first per file is the one BibTeX uses). */
export function definitionsOf(key: string, bibs: readonly LoadedBib[]): vscode.Location[] {
  return bibs.flatMap((bib) => {
    const entry = bib.parsed.byKey.get(key.toLowerCase());
    return entry === undefined ? [] : [new vscode.Location(bib.uri, bib.range(entry.keyStart, entry.keyEnd))];
  });
}
