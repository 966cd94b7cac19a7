import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../../constants';
import { bibtexEntry } from '../../core/citations/bibtexEntry';
import { publicationStatus } from '../../core/citations/publicationStatus';
import { isMainConferenceAcceptance, venueLabel } from '../../core/venues';
import type { PaperLibrary } from '../paperLibrary';
import type { AppendBibEntryArguments } from './appendBibEntryCommand';
import type { BibliographyService } from './bibliographyService';
import type { CitationDiagnostics, PlacedFinding } from './citationDiagnostics';
import { CITATION_AND_BIB_SELECTOR } from './citationAndBibSelector';
import type { SearchForKeyArguments } from './searchForKeyCommand';
import type { WorkspaceCitations } from './workspaceCitations';
import type { SettingsWatcher } from '../settings';

/**
 * Quick fixes for the citation diagnostics, each one undoable edit: add an undefined key's entry from the dataset
 * (or search the papers for it), keep one of two entries of the same paper, and replace an entry whose venue the
 * decision contradicts with the dataset's entry under the same key.
 */
export class BibliographyCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly diagnostics: CitationDiagnostics,
    private readonly library: PaperLibrary,
    private readonly bibliography: BibliographyService,
    private readonly workspace: WorkspaceCitations,
    private readonly settings: SettingsWatcher,
  ) {}

  static register(provider: BibliographyCodeActions): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(CITATION_AND_BIB_SELECTOR, provider, BibliographyCodeActions.metadata);
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const placed of this.diagnostics.findingsAt(document.uri, range)) {
      const diagnostic = context.diagnostics.find((candidate) => candidate.code === placed.finding.code && candidate.range.isEqual(placed.range));
      for (const action of await this.actionsFor(document, placed)) {
        if (diagnostic) action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }

  private async actionsFor(document: vscode.TextDocument, placed: PlacedFinding): Promise<vscode.CodeAction[]> {
    const { finding } = placed;
    const key = finding.key ?? '';
    const paper = finding.paperId === undefined ? undefined : (await this.library.index()).paperById.get(finding.paperId);
    switch (finding.code) {
      case 'undefined-key': {
        const actions: vscode.CodeAction[] = [];
        if (paper !== undefined) {
          const add = new vscode.CodeAction(vscode.l10n.t('Add the entry for "{0}" ({1}) as {2}', paper.title, venueLabel(paper), key), vscode.CodeActionKind.QuickFix);
          const args: AppendBibEntryArguments = { paperId: paper.id, uri: document.uri.toString(), offset: finding.start, key };
          add.command = { command: INTERNAL_COMMANDS.appendBibEntry, title: add.title, arguments: [args] };
          add.isPreferred = true;
          actions.push(add);
        }
        const search = new vscode.CodeAction(vscode.l10n.t('Search Papers for {0}…', key), vscode.CodeActionKind.QuickFix);
        const args: SearchForKeyArguments = { uri: document.uri.toString(), offset: finding.start, key };
        search.command = { command: INTERNAL_COMMANDS.searchForKey, title: search.title, arguments: [args] };
        actions.push(search);
        return actions;
      }
      case 'same-work':
        return finding.keep === undefined ? [] : [await this.keepOne(placed, finding.keep.key)];
      case 'rejected-as-published':
      case 'preprint-of-accepted': {
        if (paper === undefined || finding.entry === undefined) return [];
        const title = isMainConferenceAcceptance(paper.tier)
          ? vscode.l10n.t('Use the {0} entry', venueLabel(paper))
          : vscode.l10n.t('Use an entry that says the paper was {0}', publicationStatus(paper));
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        const bib = await this.bibliography.loadBib(placed.uri);
        if (bib === undefined) return [];
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(placed.uri, bib.range(finding.entry.start, finding.entry.end), bibtexEntry(paper, key, this.settings.forDocument(document).citation), { label: title, needsConfirmation: false });
        action.isPreferred = true;
        return [action];
      }
      case 'bib-problem':
      case 'missing-crossref':
      case 'uncited-entry':
        return [];
    }
  }

  /** Deletes the later entry and cites the kept key wherever the workspace cited the deleted one. */
  private async keepOne(placed: PlacedFinding, kept: string): Promise<vscode.CodeAction> {
    const { finding } = placed;
    const title = vscode.l10n.t('Keep {0}: delete {1} and cite {0} instead', kept, finding.key ?? '');
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    const bib = await this.bibliography.loadBib(placed.uri);
    if (bib === undefined || finding.entry === undefined) return action;
    const metadata = { label: title, needsConfirmation: false };
    const edit = new vscode.WorkspaceEdit();
    // The entry and the line break after it, so no blank line is left behind.
    const end = bib.text.startsWith('\r\n', finding.entry.end) ? finding.entry.end + 2 : bib.text.startsWith('\n', finding.entry.end) ? finding.entry.end + 1 : finding.entry.end;
    edit.delete(placed.uri, bib.range(finding.entry.start, end), metadata);
    for (const reference of await this.workspace.referencesTo(finding.key ?? '')) edit.replace(reference.uri, reference.range, kept, metadata);
    action.edit = edit;
    return action;
  }
}
