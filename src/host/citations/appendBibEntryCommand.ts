import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../../constants';
import { bibtexEntry } from '../../core/citations/bibtexEntry';
import type { PaperLibrary } from '../paperLibrary';
import { rejectArgument } from '../rejectArgument';
import { applyCitationEdit } from './applyCitationEdit';
import type { CitationServices } from './citationServices';
import { citeLanguageOf } from './citeLanguageOf';
import { offerCopyBibtex } from './offerCopyBibtex';
import { openBibliography } from './openBibliography';
import { addBibAppend, planBibliographyEdit } from './planBibliographyEdit';

/** What an accepted completion passes: the paper, and where its key was inserted. */
export interface AppendBibEntryArguments {
  readonly paperId: string;
  readonly uri: string;
  readonly offset: number;
  readonly key: string;
}

function isAppendBibEntryArguments(value: unknown): value is AppendBibEntryArguments {
  const args = value as Partial<AppendBibEntryArguments> | null;
  return typeof args === 'object' && args !== null && typeof args.paperId === 'string' && typeof args.uri === 'string' && typeof args.offset === 'number' && typeof args.key === 'string';
}

/**
 * Runs after a citation completion is accepted (and for the quick fixes of an undefined key): adds the paper's BibTeX entry to the document's
 * bibliography. If the .bib turns out to use the key for another paper, the inserted key is changed to the
 * variant the entry gets, in the same edit.
 */
export function registerAppendBibEntryCommand(library: PaperLibrary, services: CitationServices): vscode.Disposable {
  return vscode.commands.registerCommand(INTERNAL_COMMANDS.appendBibEntry, async (args: unknown) => {
    if (!isAppendBibEntryArguments(args)) {
      rejectArgument(INTERNAL_COMMANDS.appendBibEntry, vscode.l10n.t('the paper id, document URI, offset and key of a citation'), args);
      return false;
    }
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === args.uri);
    const paper = (await library.index()).paperById.get(args.paperId);
    const lang = document && citeLanguageOf(document);
    if (!document || !paper || lang === undefined) return false;
    const settings = services.settings.forDocument(document).citation;
    const bibFiles = (await services.bibliography.bibliographyOf(document, settings))?.files;
    const opened = bibFiles ? await openBibliography(bibFiles, services.workspaceState) : ({ kind: 'ready', documents: [], target: undefined } as const);
    if (opened.kind === 'cancelled') return false;
    if (opened.kind === 'problem') {
      offerCopyBibtex(vscode.l10n.t('{0} {1} was cited without an entry.', opened.message, args.key), paper, 'warning');
      return false;
    }

    const plan = planBibliographyEdit(opened, paper, args.key, (key) => bibtexEntry(paper, key, settings), (bib) => services.bibliography.bibOfDocument(bib));
    const metadata: vscode.WorkspaceEditEntryMetadata = { label: vscode.l10n.t('Add {0} to the bibliography', plan.key), needsConfirmation: false };
    const edit = new vscode.WorkspaceEdit();
    const inserted = new vscode.Range(document.positionAt(args.offset), document.positionAt(args.offset + args.key.length));
    if (plan.key !== args.key && document.getText(inserted) === args.key) edit.replace(document.uri, inserted, plan.key, metadata);
    if (plan.append) addBibAppend(edit, plan.append, metadata);
    return applyCitationEdit(edit, plan, paper, services.logger);
  });
}
