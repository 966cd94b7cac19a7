import * as vscode from 'vscode';
import { DisposableStore } from '../../core/disposableStore';
import { COMMANDS, INTERNAL_COMMANDS, VIEWS } from '../../constants';
import { citedPapers } from '../../core/bibliography/citedPapers';
import type { CitedPaperNode } from '../../core/bibliography/citedPapers';
import { findCitations } from '../../core/bibliography/findCitations';
import { isMainConferenceAcceptance } from '../../core/venues';
import { rejectArgument } from '../rejectArgument';
import type { BibliographyService } from './bibliographyService';
import type { CitationCatalog } from './citationCatalog';
import { citeLanguageOf } from './citeLanguageOf';
import type { SettingsWatcher } from '../settings';

const DELAY_MS = 300;

interface RevealCitationArguments {
  readonly uri: string;
  readonly offset: number;
}

function isRevealCitationArguments(value: unknown): value is RevealCitationArguments {
  const args = value as Partial<RevealCitationArguments> | null;
  return typeof args === 'object' && args !== null && typeof args.uri === 'string' && typeof args.offset === 'number';
}

/**
 * The Cited Papers view: the keys the active LaTeX or Markdown document cites, in order, each with its paper's
 * decision badge; keys no .bib defines are marked. The rows are plain data (citedPapers); this maps them to items.
 */
export class CitedPapersProvider implements vscode.TreeDataProvider<CitedPaperNode>, vscode.Disposable {
  private nodes: CitedPaperNode[] = [];
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only a view on screen follows the editor: a hidden one costs nothing while typing. */
  private visible = false;
  private readonly disposables = new DisposableStore();
  private readonly changed = this.disposables.add(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly catalog: CitationCatalog,
    private readonly bibliography: BibliographyService,
    private readonly settings: SettingsWatcher,
  ) {
    this.disposables.add(vscode.window.onDidChangeActiveTextEditor(() => this.schedule()));
    this.disposables.add(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
    );
    this.disposables.add(bibliography.onDidChange(() => this.schedule()));
  }

  static register(provider: CitedPapersProvider): vscode.Disposable {
    const view = vscode.window.createTreeView(VIEWS.citedPapers, { treeDataProvider: provider, showCollapseAll: false });
    return vscode.Disposable.from(
      view,
      provider,
      vscode.commands.registerCommand(COMMANDS.refreshCitedPapers, () => provider.refresh()),
      vscode.commands.registerCommand(INTERNAL_COMMANDS.revealCitation, async (args: unknown) => {
        if (!isRevealCitationArguments(args)) {
          rejectArgument(INTERNAL_COMMANDS.revealCitation, vscode.l10n.t('the document URI and offset of a citation'), args);
          return;
        }
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
        const at = document.positionAt(args.offset);
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at) });
      }),
      view.onDidChangeVisibility((event) => {
        provider.visible = event.visible;
        if (event.visible) void provider.refresh();
      }),
    );
  }

  /** Reads the active document's citations again; resolves when the view has them (tests wait on it). */
  async refresh(): Promise<readonly CitedPaperNode[]> {
    const editor = vscode.window.activeTextEditor;
    const lang = editor && citeLanguageOf(editor.document);
    // Another kind of editor (a .bib, the abstract view) keeps the last document's citations on show.
    if (editor && lang !== undefined) {
      const document = editor.document;
      const settings = this.settings.forDocument(document).citation;
      const bibliography = await this.bibliography.bibliographyOf(document, settings);
      const table = await this.catalog.table(settings).catch(() => undefined);
      this.document = document;
      this.nodes = citedPapers(findCitations(document.getText(), lang), bibliography?.bibs.map((bib) => bib.parsed) ?? [], table, vscode.l10n.t);
      this.changed.fire();
    }
    return this.nodes;
  }

  getChildren(element?: CitedPaperNode): CitedPaperNode[] {
    return element === undefined ? this.nodes : [];
  }

  getTreeItem(node: CitedPaperNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.key, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.unresolved ? vscode.l10n.t('not in the bibliography') : (node.badge ?? node.title ?? '');
    item.tooltip = node.unresolved ? vscode.l10n.t('{0} is cited {1} times but no .bib file of the document defines it.', node.key, node.count) : `${node.title ?? node.key}${node.badge === undefined ? '' : `\n${node.badge}`}`;
    item.iconPath = iconOf(node);
    item.contextValue = node.unresolved ? 'unresolvedCitation' : 'citation';
    if (this.document) {
      const args: RevealCitationArguments = { uri: this.document.uri.toString(), offset: node.firstOffset };
      item.command = { command: INTERNAL_COMMANDS.revealCitation, title: vscode.l10n.t('Show the Citation'), arguments: [args] };
    }
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.dispose();
  }

  private schedule(): void {
    if (!this.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DELAY_MS);
  }
}

function iconOf(node: CitedPaperNode): vscode.ThemeIcon {
  if (node.unresolved) return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (node.tier === undefined) return new vscode.ThemeIcon('book');
  if (isMainConferenceAcceptance(node.tier)) return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
}
