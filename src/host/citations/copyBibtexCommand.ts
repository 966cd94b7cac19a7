import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import { bibtexEntry } from '../../core/citations/bibtexEntry';
import type { PaperLibrary } from '../paperLibrary';
import { paperArgument } from '../paperArgument';
import type { SettingsWatcher } from '../settings';
import type { CitationCatalog } from './citationCatalog';
import { choosePaper } from './choosePaper';

/** `paperLookup.copyBibtex`: the paper's BibTeX entry (passed, or picked in the search) onto the clipboard. */
export function registerCopyBibtexCommand(library: PaperLibrary, settings: SettingsWatcher, catalog: CitationCatalog): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.copyBibtex, async (argument?: unknown) => {
    const paper = await choosePaper(library, settings.settings.search.maxResults, paperArgument(COMMANDS.copyBibtex, argument));
    if (!paper) return undefined;
    const citation = settings.settings.citation;
    const key = (await catalog.table(citation)).keyOf(paper);
    const entry = bibtexEntry(paper, key, citation);
    await vscode.env.clipboard.writeText(`${entry}\n`);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the BibTeX entry for {0}.', key), 5000);
    return entry;
  });
}
