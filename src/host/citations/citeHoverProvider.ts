import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import { entryIdentity } from '../../core/bibliography/entryIdentity';
import { paperOfEntry } from '../../core/bibliography/paperOfEntry';
import type { Paper } from '../../core/dataset/paper';
import { citeKeyAt } from '../../core/editing/citeKeyAt';
import { treeItemTooltipMarkdown } from '../../core/tree/treeItemTooltipMarkdown';
import type { BibliographyService } from './bibliographyService';
import type { CitationCatalog } from './citationCatalog';
import { CITE_DOCUMENT_SELECTOR, citeLanguageOf } from './citeLanguageOf';
import type { SettingsWatcher } from '../settings';

/**
 * Hover on a citation key of a dataset paper: its title, venue, decision and the start of its abstract,
 * with a link to the abstract view. A key is the paper's when it is our key for it, or when the .bib
 * entry with that key has the paper's title (keys written by hand or by another tool).
 */
export class CiteHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly catalog: CitationCatalog,
    private readonly bibliography: BibliographyService,
    private readonly settings: SettingsWatcher,
  ) {}

  static register(catalog: CitationCatalog, bibliography: BibliographyService, settings: SettingsWatcher): vscode.Disposable {
    return vscode.languages.registerHoverProvider(CITE_DOCUMENT_SELECTOR, new CiteHoverProvider(catalog, bibliography, settings));
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const lang = citeLanguageOf(document);
    if (lang === undefined) return undefined;
    const found = citeKeyAt(document.getText(), document.offsetAt(position), lang);
    if (!found) return undefined;
    const settings = this.settings.forDocument(document).citation;
    const table = await this.catalog.table(settings);
    // The user's .bib says what a key means; our own key table only speaks for keys the .bib does not define.
    const bibs = (await this.bibliography.bibliographyOf(document, settings))?.bibs ?? [];
    const entry = bibs.map((bib) => bib.parsed.byKey.get(found.key.toLowerCase())).find((candidate) => candidate !== undefined);
    const paper = entry === undefined ? table.paperOfKey(found.key) : paperOfEntry(entryIdentity(entry), table);
    if (!paper || token.isCancellationRequested) return undefined;
    return new vscode.Hover(hoverMarkdown(paper), new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
  }
}

function hoverMarkdown(paper: Paper): vscode.MarkdownString {
  const link = `command:${COMMANDS.openAbstract}?${encodeURIComponent(JSON.stringify([paper.id]))}`;
  const markdown = new vscode.MarkdownString(`${treeItemTooltipMarkdown(paper, vscode.l10n.t)}\n\n[${vscode.l10n.t('Open Abstract')}](${link} "${vscode.l10n.t('Show the paper in the abstract view')}")`);
  // The text comes from the dataset: no HTML, and the only command a link may run is opening the abstract.
  markdown.supportHtml = false;
  markdown.isTrusted = { enabledCommands: [COMMANDS.openAbstract] };
  return markdown;
}
