import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import { bibtexEntry } from '../../core/citations/bibtexEntry';
import { findPapersLikeText } from '../../core/similarity/findPapersLikeText';
import type { PaperLibrary } from '../paperLibrary';
import { rejectArgument } from '../rejectArgument';
import { hitItems } from '../searchQuickPick';
import { applyCitationEdit } from './applyCitationEdit';
import type { CitationServices } from './citationServices';
import { citeLanguageOf } from './citeLanguageOf';
import type { LastTextEditor } from './lastTextEditor';
import { addBibAppend, planBibliographyEdit } from './planBibliographyEdit';
import { prepareCitation } from './prepareCitation';

const SUGGESTIONS = 20;

/**
 * `paperLookup.suggestCitations`: the papers most like the selected passage (the find-similar engine on its
 * words) in a multi-select picker; the chosen ones are cited together at the end of the selection (`\cite{a, b}`,
 * `[@a; @b]`) and their entries appended once, in one undoable edit. `papers` (ids) skips the picker, for tests.
 */
export function registerSuggestCitationsCommand(library: PaperLibrary, lastEditor: LastTextEditor, services: CitationServices): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.suggestCitations, async (argument?: unknown) => {
    const given = paperIds(argument);
    if (given === false) {
      rejectArgument(COMMANDS.suggestCitations, vscode.l10n.t('a list of paper ids'), argument);
      return false;
    }
    const editor = lastEditor.editor;
    const lang = editor && citeLanguageOf(editor.document);
    if (!editor || lang === undefined || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a sentence or paragraph of a LaTeX or Markdown document to get citations for it.'));
      return false;
    }
    const document = editor.document;
    const index = await library.index();
    const hits = findPapersLikeText(index, document.getText(editor.selection), SUGGESTIONS);
    if (hits.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No papers in the dataset are close enough to the selected text.'));
      return false;
    }
    const picked = given
      ? hits.filter((hit) => given.includes(hit.paper.id)).map((hit) => hit.paper)
      : (
          await vscode.window.showQuickPick(hitItems(hits), {
            canPickMany: true,
            title: vscode.l10n.t('Papers related to the selection'),
            placeHolder: vscode.l10n.t('Pick the papers to cite (Space to select, Enter to cite)'),
            matchOnDescription: true,
            matchOnDetail: true,
          })
        )?.map((item) => item.paper);
    if (picked === undefined || picked.length === 0) return false;

    const prepared = await prepareCitation(editor, services);
    if (prepared.kind === 'problem') void vscode.window.showWarningMessage(prepared.message);
    if (prepared.kind !== 'ready') return false;
    const { settings, latexCommand, table, opened } = prepared;

    // From here to applyEdit nothing awaits, so the selection and the .bib text are current when applied.
    const plans = picked.map((paper) => ({ paper, plan: planBibliographyEdit(opened, paper, table.keyOf(paper), (key) => bibtexEntry(paper, key, settings), (bib) => services.bibliography.bibOfDocument(bib)) }));
    const keys = [...new Set(plans.map(({ plan }) => plan.key))];
    const citation = lang === 'latex' ? `\\${latexCommand ?? 'cite'}{${keys.join(', ')}}` : `[@${keys.join('; @')}]`;
    const metadata: vscode.WorkspaceEditEntryMetadata = { label: vscode.l10n.t('Cite {0}', keys.join(', ')), needsConfirmation: false };
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, editor.selection.end, citation, metadata);
    // One append of all the entries: a .bib that does not exist yet is created once.
    const appends = plans.flatMap(({ plan }) => (plan.append ? [plan.append] : []));
    const firstAppend = appends[0];
    if (firstAppend !== undefined) addBibAppend(edit, { target: firstAppend.target, text: appends.map((append) => append.text).join('') }, metadata);
    // The .bib is saved and the outcome reported as for one citation; the first appended paper speaks for all.
    const lead = plans.find(({ plan }) => plan.append) ?? plans[0];
    if (lead === undefined) return false; // nothing picked, returned above
    if (!(await applyCitationEdit(edit, lead.plan, lead.paper, services.logger))) return false;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Cited {0}.', keys.join(', ')), 6000);
    return true;
  });
}

/** The papers a caller chose: ids, or undefined (the picker) for none or the document URI an editor menu passes. */
function paperIds(argument: unknown): readonly string[] | undefined | false {
  if (argument === undefined || argument === null || argument instanceof vscode.Uri) return undefined;
  return Array.isArray(argument) && argument.every((id) => typeof id === 'string') ? (argument) : false;
}
