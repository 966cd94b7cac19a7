import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import { DisposableStore } from '../core/disposableStore';
import type { Paper } from '../core/dataset/paper';
import type { Logger } from '../core/log';
import { ABSTRACT_VIEW_TYPE, assertNever, isAbstractViewState, isCommandMessage, isPageMessage, type AbstractViewState, type PageMessage } from '../core/protocol';
import { renderAbstractPage } from '../core/render/abstractPage';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { searchPapers } from '../core/search/searchPapers';
import { errorText } from '../core/errorText';

/** What the view shows: a paper, the query that found it, and the result list it came from. */
export interface AbstractViewContent {
  readonly paper: Paper;
  readonly query: string;
  readonly highlightTerms: readonly string[];
  readonly results: readonly Paper[];
}

const LAST_SHOWN_KEY = 'paperLookup.abstractView.lastShown';
const SCHOLAR_SEARCH = 'https://scholar.google.com/scholar?q=';

/** The one abstract view: reused for every paper, restored after a window reload. */
export class AbstractPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private content: AbstractViewContent | undefined;
  /** One store per panel ever shown: the panel and its listeners, removed when the panel closes. */
  private readonly panels = new DisposableStore();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly loadIndex: () => Promise<SearchIndex>,
    private readonly logger: Logger,
    /** Keeps the last paper shown: VS Code in the browser sometimes restores the panel without its page state. */
    private readonly workspaceState: vscode.Memento,
  ) {}

  /** Registers the restorer; `onWebviewPanel:paperLookup.abstract` activates the extension for it. */
  static register(panel: AbstractPanel): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(ABSTRACT_VIEW_TYPE, {
      deserializeWebviewPanel: (webviewPanel, state) => panel.restore(webviewPanel, state),
    });
  }

  /** The paper on screen, if the view is open. */
  get current(): AbstractViewContent | undefined {
    return this.panel ? this.content : undefined;
  }

  show(content: AbstractViewContent): void {
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(ABSTRACT_VIEW_TYPE, vscode.l10n.t('Paper'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions()),
      );
    } else {
      this.panel.reveal(undefined, true);
    }
    this.render(content);
  }

  /** Opens a paper found by a query, recomputing the query's result list for previous/next. */
  async showFromQuery(paperId: string, query: string): Promise<boolean> {
    const index = await this.loadIndex();
    const paper = index.paperById.get(paperId);
    if (!paper) return false;
    const result = searchPapers(index, query, { limit: 200 });
    const hit = result.hits.find((candidate) => candidate.paper.id === paperId);
    this.show({
      paper,
      query,
      highlightTerms: hit?.matchedTerms ?? [],
      results: hit ? result.hits.map((candidate) => candidate.paper) : [paper],
    });
    return true;
  }

  private async restore(webviewPanel: vscode.WebviewPanel, pageState: unknown): Promise<void> {
    const saved = this.workspaceState.get<unknown>(LAST_SHOWN_KEY);
    const state = isAbstractViewState(pageState) ? pageState : isAbstractViewState(saved) ? saved : undefined;
    if (!state) {
      this.logger.warn('Closed a restored abstract view that had no paper to show.');
      webviewPanel.dispose();
      return;
    }
    this.panel?.dispose();
    webviewPanel.webview.options = this.webviewOptions();
    this.adopt(webviewPanel);
    try {
      if (!(await this.showFromQuery(state.paperId, state.query))) webviewPanel.dispose();
    } catch (error) {
      this.logger.error(`Could not restore the abstract view: ${errorText(error)}`);
      webviewPanel.dispose();
    }
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    const owned = this.panels.add(new DisposableStore());
    owned.add(panel);
    owned.add(
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isPageMessage(message)) void this.handle(message);
        else this.logger.warn('Ignored a malformed message from the abstract view.');
      }),
    );
    owned.add(
      panel.onDidDispose(() => {
        this.panels.delete(owned);
        if (this.panel === panel) {
          this.panel = undefined;
          this.content = undefined;
        }
      }),
    );
  }

  private render(content: AbstractViewContent): void {
    if (!this.panel) return;
    this.content = content;
    const webview = this.panel.webview;
    const state: AbstractViewState = { paperId: content.paper.id, query: content.query };
    void this.workspaceState.update(LAST_SHOWN_KEY, state);
    const index = content.results.findIndex((paper) => paper.id === content.paper.id);
    this.panel.title = content.paper.title;
    webview.html = renderAbstractPage({
      paper: content.paper,
      state,
      highlightTerms: content.highlightTerms,
      position: index >= 0 ? { index, total: content.results.length } : undefined,
      nonce: randomBytes(16).toString('base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'abstractView.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'abstractView.css')).toString(),
      t: vscode.l10n.t,
      language: vscode.env.language,
    });
  }

  private async handle(message: PageMessage): Promise<void> {
    const content = this.content;
    if (!content) return;
    if (isCommandMessage(message)) {
      await vscode.commands.executeCommand(COMMANDS[message.type], content.paper.id);
      return;
    }
    switch (message.type) {
      case 'searchWeb':
        await vscode.env.openExternal(vscode.Uri.parse(SCHOLAR_SEARCH + encodeURIComponent(content.paper.title)));
        return;
      case 'navigate': {
        const index = content.results.findIndex((paper) => paper.id === content.paper.id);
        const next = content.results[index + (message.direction === 'next' ? 1 : -1)];
        if (next) await this.showFromQuery(next.id, content.query);
        return;
      }
      default:
        assertNever(message);
    }
  }

  dispose(): void {
    this.panels.dispose();
  }
}
