import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../../constants';
import { bibtexEntry } from '../../core/citations/bibtexEntry';
import type { PaperLibrary } from '../paperLibrary';
import { applyCitationEdit } from './applyCitationEdit';
import { citationSettingsFor } from './citationSettingsFor';
import type { CitationServices } from './citeInEditor';
import { citeLanguageOf } from './citeLanguageOf';
import { offerCopyBibtex } from './offerCopyBibtex';
import { openBibliography } from './openBibliography';
import { addBibAppend, planBibliographyEdit } from './planBibliographyEdit';
import { readTexRoot } from './readTexRoot';
import { resolveBibFiles } from './resolveBibFiles';

/** What an accepted completion passes: the paper, its key, and the words typed inside the citation. */
export interface AcceptCiteCompletionArguments {
  readonly paperId: string;
  readonly uri: string;
  /** Where the typed words start; they run to `offset + typed.length`. */
  readonly offset: number;
  readonly typed: string;
  readonly key: string;
}

/**
 * Runs when a citation completion for a paper not yet in the bibliography is accepted. The completion itself
 * inserts nothing: this command replaces the typed words with the key and appends the BibTeX entry in one
 * WorkspaceEdit, so one undo reverts both (a completion's own edit could not reach the .bib). If the .bib
 * uses the key for another paper, the variant the entry gets is inserted instead.
 */
export function registerAcceptCiteCompletionCommand(library: PaperLibrary, services: CitationServices): vscode.Disposable {
  return vscode.commands.registerCommand(INTERNAL_COMMANDS.acceptCiteCompletion, async (args: AcceptCiteCompletionArguments) => {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === args.uri);
    const paper = (await library.index()).paperById.get(args.paperId);
    const lang = document && citeLanguageOf(document);
    if (!document || !paper || lang === undefined) return false;
    const settings = citationSettingsFor(document);
    const root = lang === 'latex' ? await readTexRoot(document) : undefined;
    const bibFiles = await resolveBibFiles(document, lang, root, settings);
    const opened = bibFiles ? await openBibliography(bibFiles, services.workspaceState) : ({ kind: 'ready', documents: [], target: undefined } as const);
    if (opened.kind === 'cancelled') return false;

    // From here to applyEdit nothing awaits, so the offsets and the .bib text are current when applied.
    const typedRange = new vscode.Range(document.positionAt(args.offset), document.positionAt(args.offset + args.typed.length));
    if (document.getText(typedRange) !== args.typed) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('The citation changed while completing; nothing was inserted.'), 6000);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    if (opened.kind === 'problem') {
      edit.replace(document.uri, typedRange, args.key);
      if (!(await vscode.workspace.applyEdit(edit))) return false;
      offerCopyBibtex(vscode.l10n.t('{0} {1} was cited without an entry.', opened.message, args.key), paper, 'warning');
      return true;
    }
    const plan = planBibliographyEdit(opened, paper, args.key, (key) => bibtexEntry(paper, key, settings));
    const metadata: vscode.WorkspaceEditEntryMetadata = { label: vscode.l10n.t('Cite {0}', plan.key), needsConfirmation: false };
    edit.replace(document.uri, typedRange, plan.key, metadata);
    if (plan.append) addBibAppend(edit, plan.append, metadata);
    if (!(await applyCitationEdit(edit, plan, paper, services.logger))) return false;
    placeCursorAfterKey(document, args.offset + plan.key.length);
    return true;
  });
}

/** Keeps writing after the key, as after any accepted completion. */
function placeCursorAfterKey(document: vscode.TextDocument, offset: number): void {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document !== document) return;
  const position = document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
}
