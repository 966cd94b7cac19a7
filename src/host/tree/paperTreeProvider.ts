import * as vscode from 'vscode';
import { DisposableStore } from '../../core/disposableStore';
import { COMMANDS, CONTEXT_KEYS, VIEWS } from '../../constants';
import type { Logger } from '../../core/log';
import { describeTreeNode } from '../../core/tree/describeTreeNode';
import type { PaperNode, TreeNode } from '../../core/tree/paperTree';
import { treeFilterDescription } from '../../core/tree/treeFilterDescription';
import { treeFilterMessage } from '../../core/tree/treeFilterMessage';
import { treeItemTooltipMarkdown } from '../../core/tree/treeItemTooltipMarkdown';
import type { PaperLibrary } from '../paperLibrary';
import { PaperTreeModel } from './paperTreeModel';
import { registerTreeCommands, type OpenAbstract } from './treeCommands';
import { errorText } from '../../core/errorText';

/** The `paperLookup.papers` view: maps the model's plain nodes to tree items and keeps the view's title bar in step. */
export class PaperTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  readonly model: PaperTreeModel;
  private view: vscode.TreeView<TreeNode> | undefined;
  private loadedOnce = false;
  private readonly disposables = new DisposableStore();
  private readonly changed = this.disposables.add(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    library: PaperLibrary,
    memento: vscode.Memento,
    private readonly logger: Logger,
  ) {
    this.model = this.disposables.add(new PaperTreeModel(library, memento));
    this.disposables.add(
      this.model.onDidChange(() => {
        this.updateTitleBar();
        this.changed.fire(undefined);
      }),
    );
  }

  /** Creates the view and its commands; `openAbstract` shows a paper (with the active filter as its query). */
  static register(provider: PaperTreeProvider, openAbstract: OpenAbstract): vscode.Disposable {
    const view = vscode.window.createTreeView(VIEWS.papers, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: false });
    provider.view = view;
    provider.updateTitleBar();
    return vscode.Disposable.from(view, registerTreeCommands(provider, openAbstract));
  }

  /** The view, once registered: tests read its selection, description and message. */
  get treeView(): vscode.TreeView<TreeNode> | undefined {
    return this.view;
  }

  async getChildren(element?: TreeNode): Promise<TreeNode[]> {
    if (element) return (this.model.loadedTree ?? (await this.model.tree())).children(element);
    try {
      // Only the first load takes long enough to be worth a progress bar in the view.
      const tree = this.loadedOnce
        ? await this.model.tree()
        : await vscode.window.withProgress({ location: { viewId: VIEWS.papers } }, () => this.model.tree());
      this.loadedOnce = true;
      setContext(CONTEXT_KEYS.treeLoadFailed, false);
      return tree.roots();
    } catch (error) {
      // The library already logged why; the view's welcome content offers a retry.
      this.logger.warn(`The papers view is empty because the papers could not be loaded: ${errorText(error)}`);
      setContext(CONTEXT_KEYS.treeLoadFailed, true);
      return [];
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const text = describeTreeNode(node, vscode.l10n.t);
    const item = new vscode.TreeItem(
      text.label,
      node.kind === 'group' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = text.description;
    item.iconPath = new vscode.ThemeIcon(text.iconId);
    item.accessibilityInformation = { label: text.accessibilityLabel };
    if (node.kind === 'paper') {
      // Menus match `^paper`; only a paper with an OpenReview id offers its links.
      item.contextValue = node.paper.openreviewId === undefined ? 'paper' : 'paperWithLinks';
      item.command = { command: COMMANDS.openAbstract, title: vscode.l10n.t('Open Abstract'), arguments: [node.paperId] };
    } else {
      item.contextValue = node.level === 'venue' ? 'venue' : 'decision';
    }
    return item;
  }

  /** The hover is built only for the rows the user actually points at. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'paper') {
      // Titles and abstracts are external text: no HTML, no command links, no theme icons.
      const tooltip = new vscode.MarkdownString(treeItemTooltipMarkdown(node.paper, vscode.l10n.t), false);
      tooltip.isTrusted = false;
      tooltip.supportHtml = false;
      item.tooltip = tooltip;
    }
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.loadedTree?.parent(node);
  }

  /** Reveals, selects and focuses a paper; false when the current tree (maybe filtered) does not show it. */
  async reveal(paperId: string): Promise<boolean> {
    const node: PaperNode | undefined = (await this.model.tree()).nodeForPaper(paperId);
    if (!node || !this.view) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: false });
    return true;
  }

  private updateTitleBar(): void {
    const filter = this.model.filter;
    if (this.view) {
      this.view.description = filter ? treeFilterDescription(filter.query, filter.matches, filter.total, vscode.l10n.t) : undefined;
      // With no matches the view stays empty without a message, so its welcome content (with Clear Filter) shows.
      this.view.message = filter && filter.matches > 0 ? treeFilterMessage(filter.query, filter.matches, filter.total, filter.hint, vscode.l10n.t) : undefined;
    }
    setContext(CONTEXT_KEYS.treeFiltered, filter !== undefined);
    setContext(CONTEXT_KEYS.grouping, this.model.grouping === 'tier-venue' ? 'decision' : 'venue');
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

function setContext(key: string, value: unknown): void {
  void vscode.commands.executeCommand('setContext', key, value);
}
