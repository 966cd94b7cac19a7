import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../../constants';
import type { Paper } from '../../core/dataset/paper';
import { citeCompletionContextAt } from '../../core/editing/citeCompletionContextAt';
import { searchPapers } from '../../core/search/searchPapers';
import { paperDescription } from '../../core/search/resultText';
import { treeItemTooltipMarkdown } from '../../core/tree/treeItemTooltipMarkdown';
import type { AppendBibEntryArguments } from './appendBibEntryCommand';
import type { BibliographyService } from './bibliographyService';
import type { CitationCatalog } from './citationCatalog';
import { CITE_DOCUMENT_SELECTOR, citeLanguageOf } from './citeLanguageOf';
import { existingKeyIn } from './existingKeyIn';
import type { SettingsWatcher } from '../settings';

const KEY_MATCHES = 8;
const SEARCH_MATCHES = 20;

/**
 * Completes citation keys inside `\cite…{…}` and after a Pandoc `@`: the typed word searches the index
 * (titles and abstracts, not only keys). Accepting inserts the key and then runs a command that adds the
 * BibTeX entry to the bibliography, since a completion's own edits cannot reach another file.
 */
export class CiteCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly catalog: CitationCatalog,
    private readonly bibliography: BibliographyService,
    private readonly settings: SettingsWatcher,
  ) {}

  static register(catalog: CitationCatalog, bibliography: BibliographyService, settings: SettingsWatcher): vscode.Disposable {
    return vscode.languages.registerCompletionItemProvider(CITE_DOCUMENT_SELECTOR, new CiteCompletionProvider(catalog, bibliography, settings), '{', ',', '@');
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionList | undefined> {
    const lang = citeLanguageOf(document);
    if (lang === undefined) return undefined;
    const context = citeCompletionContextAt(document.getText(), document.offsetAt(position), lang);
    if (context === undefined) return undefined;
    const range = new vscode.Range(document.positionAt(context.replaceStart), position);
    // Incomplete: every keystroke asks again, so the search follows the word being typed.
    if (context.prefix === '') return new vscode.CompletionList([hintItem(range)], true);

    const settings = this.settings.forDocument(document).citation;
    const table = await this.catalog.table(settings);
    if (token.isCancellationRequested) return undefined;
    const papers = new Map<string, Paper>();
    for (const paper of table.keysStartingWith(context.prefix, KEY_MATCHES)) papers.set(paper.id, paper);
    for (const hit of searchPapers(table.index, context.prefix, { limit: SEARCH_MATCHES }).hits) papers.set(hit.paper.id, hit.paper);
    if (papers.size === 0) return new vscode.CompletionList([], true);
    const bibs = (await this.bibliography.bibliographyOf(document, settings))?.bibs ?? [];
    if (token.isCancellationRequested) return undefined;

    const items = [...papers.values()].map((paper, rank) => {
      const existing = existingKeyIn(bibs, paper);
      const key = existing ?? table.keyOf(paper);
      const item = new vscode.CompletionItem({ label: key, description: paperDescription(paper, vscode.l10n.t) }, vscode.CompletionItemKind.Reference);
      item.detail = paper.title;
      item.documentation = new vscode.MarkdownString(treeItemTooltipMarkdown(paper, vscode.l10n.t));
      item.insertText = key;
      item.range = range;
      // The typed word leads, so words found only in the abstract (or by typo correction) are not filtered out.
      item.filterText = `${context.prefix} ${key} ${paper.title}`;
      item.sortText = String(rank).padStart(4, '0');
      if (existing === undefined) {
        const args: AppendBibEntryArguments = { paperId: paper.id, uri: document.uri.toString(), offset: context.replaceStart, key };
        item.command = { command: INTERNAL_COMMANDS.appendBibEntry, title: vscode.l10n.t('Add the BibTeX entry'), arguments: [args] };
      }
      return item;
    });
    return new vscode.CompletionList(items, true);
  }
}

function hintItem(range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(vscode.l10n.t('Type a word from a paper title or abstract…'), vscode.CompletionItemKind.Text);
  item.insertText = '';
  item.filterText = '';
  item.range = range;
  item.detail = vscode.l10n.t('Paper Lookup searches the dataset as you type.');
  return item;
}
