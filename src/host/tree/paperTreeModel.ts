import * as vscode from 'vscode';
import { DisposableStore } from '../../core/disposableStore';
import type { SearchIndex } from '../../core/search/buildSearchIndex';
import { searchPapers } from '../../core/search/searchPapers';
import { PaperTree, type TreeGrouping } from '../../core/tree/paperTree';
import type { PaperLibrary } from '../paperLibrary';

/** The filter the tree currently applies. */
export interface ActiveTreeFilter {
  readonly query: string;
  /** Papers the tree shows under this filter. */
  readonly matches: number;
  /** Papers in the library, for "12 of 100". */
  readonly total: number;
  /** Why the query was read differently from how it was typed, if it was. */
  readonly hint: string | undefined;
}

const GROUPING_KEY = 'paperLookup.treeGrouping';

/**
 * What the sidebar shows: the library's papers, the grouping (kept across sessions) and the filter.
 * Holds one immutable PaperTree and swaps it for a new one on every change, then fires `onDidChange`.
 */
export class PaperTreeModel implements vscode.Disposable {
  private currentIndex: SearchIndex | undefined;
  private built: PaperTree | undefined;
  private filterQuery: string | undefined;
  private activeFilter: ActiveTreeFilter | undefined;
  private currentGrouping: TreeGrouping;
  private readonly disposables = new DisposableStore();
  private readonly changed = this.disposables.add(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly library: PaperLibrary,
    private readonly memento: vscode.Memento,
  ) {
    this.currentGrouping = memento.get<string>(GROUPING_KEY) === 'tier-venue' ? 'tier-venue' : 'venue-tier';
    this.disposables.add(
      library.onDidChange((index) => {
        // The first load is the one tree() itself is waiting for; only a replaced library changes what is on screen.
        const replaced = this.currentIndex !== undefined && this.currentIndex !== index;
        this.useIndex(index);
        if (replaced) this.changed.fire();
      }),
    );
  }

  get grouping(): TreeGrouping {
    return this.currentGrouping;
  }

  get filter(): ActiveTreeFilter | undefined {
    return this.activeFilter;
  }

  /** The library's index, loading it on first use. */
  index(): Promise<SearchIndex> {
    return this.library.index();
  }

  /** The tree to show, loading the library on first use. Rejects when the library cannot be loaded. */
  async tree(): Promise<PaperTree> {
    const index = await this.library.index();
    if (index !== this.currentIndex || this.built === undefined) this.useIndex(index);
    // useIndex always builds a tree.
    return this.built as PaperTree;
  }

  /** The tree already built, if any: for mapping nodes without waiting for a load. */
  get loadedTree(): PaperTree | undefined {
    return this.built;
  }

  async setGrouping(grouping: TreeGrouping): Promise<void> {
    this.currentGrouping = grouping;
    await this.memento.update(GROUPING_KEY, grouping);
    if (this.currentIndex) this.useIndex(this.currentIndex);
    this.changed.fire();
  }

  /** Shows only the papers the query finds; a blank query clears the filter. */
  async setFilter(query: string): Promise<ActiveTreeFilter | undefined> {
    const trimmed = query.trim();
    if (trimmed === '') {
      this.clearFilter();
      return undefined;
    }
    const index = await this.library.index();
    this.filterQuery = trimmed;
    this.useIndex(index);
    this.changed.fire();
    return this.activeFilter;
  }

  clearFilter(): void {
    if (this.filterQuery === undefined) return;
    this.filterQuery = undefined;
    if (this.currentIndex) this.useIndex(this.currentIndex);
    this.changed.fire();
  }

  /** How many papers a query would keep, for the filter box to show while the user types. */
  async preview(query: string): Promise<{ matches: number; hint: string | undefined }> {
    const result = searchPapers(await this.library.index(), query, { limit: 0, translate: vscode.l10n.t });
    return { matches: result.total, hint: result.hint };
  }

  /** Asks the view to fetch everything again; after a failed load, that retries it. */
  refresh(): void {
    this.changed.fire();
  }

  private useIndex(index: SearchIndex): void {
    this.currentIndex = index;
    let allowedIds: ReadonlySet<string> | undefined;
    let hint: string | undefined;
    if (this.filterQuery !== undefined) {
      const result = searchPapers(index, this.filterQuery, { limit: index.papers.length, withMatchedTerms: false, translate: vscode.l10n.t });
      allowedIds = new Set(result.hits.map((hit) => hit.paper.id));
      hint = result.hint;
    }
    this.built = new PaperTree(index.papers, { grouping: this.currentGrouping, allowedIds, translate: vscode.l10n.t });
    this.activeFilter =
      this.filterQuery === undefined
        ? undefined
        : { query: this.filterQuery, matches: this.built.paperCount, total: index.papers.length, hint };
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
