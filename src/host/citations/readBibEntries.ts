import type * as vscode from 'vscode';
import { scanBibFile, type BibEntrySummary } from '../../core/citations/scanBibFile';
import type { CiteLanguage } from '../../core/editing/citeLanguage';
import type { CitationSettings } from '../../core/settings';
import { readTexRoot } from './readTexRoot';
import { readTextAt } from './readTextAt';
import { resolveBibFiles } from './resolveBibFiles';

/**
 * The entries already in a document's bibliography files, read without asking anything or opening
 * editors (unsaved edits in open .bib documents included). Empty when there is no bibliography yet.
 */
export async function readBibEntries(document: vscode.TextDocument, lang: CiteLanguage, settings: Pick<CitationSettings, 'bibFile'>): Promise<BibEntrySummary[]> {
  const root = lang === 'latex' ? await readTexRoot(document) : undefined;
  const files = await resolveBibFiles(document, lang, root, settings);
  const texts = await Promise.all((files?.files ?? []).filter((file) => file.exists).map((file) => readTextAt(file.uri)));
  return texts.flatMap((text) => (text === undefined ? [] : scanBibFile(text).entries));
}
