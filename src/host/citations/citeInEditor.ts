import * as vscode from 'vscode';
import { bibtexEntry } from '../../core/citations/bibtexEntry';
import type { Paper } from '../../core/dataset/paper';
import type { CitationEdit } from '../../core/editing/computeCitationEdit';
import { computeCitationEdits } from '../../core/editing/computeCitationEdits';
import { applyCitationEdit } from './applyCitationEdit';
import type { CitationServices } from './citationServices';
import { offerCopyBibtex } from './offerCopyBibtex';
import { addBibAppend, planBibliographyEdit } from './planBibliographyEdit';
import { prepareCitation } from './prepareCitation';

/**
 * Cites `paper` at every cursor of a LaTeX or Markdown editor and adds its BibTeX entry to the document's
 * bibliography when it is not there yet, in one WorkspaceEdit. True when something was cited.
 */
export async function citeInEditor(editor: vscode.TextEditor, paper: Paper, services: CitationServices): Promise<boolean> {
  const document = editor.document;
  const prepared = await prepareCitation(editor, services);
  if (prepared.kind === 'problem') offerCopyBibtex(prepared.message, paper, 'warning');
  if (prepared.kind !== 'ready') return false;
  const { lang, settings, latexCommand, table, opened } = prepared;

  // From here to applyEdit nothing awaits, so the offsets and the .bib text are current when applied.
  const plan = planBibliographyEdit(opened, paper, table.keyOf(paper), (key) => bibtexEntry(paper, key, settings), (bib) => services.bibliography.bibOfDocument(bib));
  const text = document.getText();
  const offsets = editor.selections.map((selection) => document.offsetAt(selection.end));
  const edits = computeCitationEdits(text, offsets, plan.key, { lang, latexCommand, markdownStyle: settings.markdownStyle, paper });
  if (edits.length === 0 && !plan.append) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('{0} is already cited here.', plan.key), 5000);
    return true;
  }
  const metadata: vscode.WorkspaceEditEntryMetadata = { label: vscode.l10n.t('Cite {0}', plan.key), needsConfirmation: false };
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.deleteLength)), change.text, metadata);
  }
  if (plan.append) addBibAppend(edit, plan.append, metadata);
  const expectedLength = text.length + edits.reduce((sum, change) => sum + change.text.length - change.deleteLength, 0);
  if (!(await applyCitationEdit(edit, plan, paper, services.logger))) return false;
  if (document.getText().length === expectedLength) placeCursorsAfter(editor, edits);
  return true;
}

/** Each cursor ends up after the citation text inserted for it, ready to keep writing. */
function placeCursorsAfter(editor: vscode.TextEditor, edits: readonly CitationEdit[]): void {
  if (edits.length === 0) return;
  let shift = 0;
  const ends: vscode.Selection[] = [];
  for (const change of edits) {
    const position = editor.document.positionAt(change.offset + shift + change.text.length);
    ends.push(new vscode.Selection(position, position));
    shift += change.text.length - change.deleteLength;
  }
  editor.selections = ends;
}
