import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import type { PaperLibrary } from '../paperLibrary';
import { paperArgument } from '../paperArgument';
import type { SettingsWatcher } from '../settings';
import { choosePaper } from './choosePaper';
import type { CitationServices } from './citationServices';
import { citeInEditor } from './citeInEditor';
import { citeLanguageOf } from './citeLanguageOf';
import type { LastTextEditor } from './lastTextEditor';
import { offerCopyBibtex } from './offerCopyBibtex';

/**
 * `paperLookup.insertCitation`: cites a paper (passed, or picked in the search) in the active LaTeX or
 * Markdown editor, or the last one when the abstract view has focus. Resolves true when it cited.
 */
export function registerInsertCitationCommand(
  library: PaperLibrary,
  settings: SettingsWatcher,
  lastEditor: LastTextEditor,
  services: CitationServices,
): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.insertCitation, async (argument?: unknown) => {
    const given = paperArgument(COMMANDS.insertCitation, argument);
    if (given.kind === 'invalid') return false;
    const editor = lastEditor.editor;
    if (!editor || citeLanguageOf(editor.document) === undefined) {
      const paper = given.kind === 'id' ? (await library.index()).paperById.get(given.id) : undefined;
      const message = editor
        ? vscode.l10n.t('Citations go into LaTeX and Markdown files, and this is a {0} file. Copy the BibTeX entry instead?', editor.document.languageId)
        : vscode.l10n.t('Citations go into LaTeX and Markdown files, and this is no text editor. Copy the BibTeX entry instead?');
      offerCopyBibtex(message, paper);
      return false;
    }
    const paper = await choosePaper(library, settings.settings.search.maxResults, given);
    if (!paper) return false;
    return citeInEditor(editor, paper, services);
  });
}
