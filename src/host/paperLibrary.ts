import * as vscode from 'vscode';
import type { ActiveDataset } from '../core/import/activeDataset';
import { isActiveDataset } from '../core/import/activeDataset';
import { papers } from '../core/import/importSummary';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { SEARCH_INDEX_FORMAT_VERSION } from '../core/search/searchIndexFiles';
import type { DatasetService, OpenedDataset } from './import/datasetService';
import { loadBundledSearchIndex } from './loadBundledSearchIndex';
import type { HostLogger } from './logger';
import { errorText } from '../core/errorText';
import { notifyWithLog } from './notifyWithLog';

const ACTIVE_DATASET_KEY = 'paperLookup.activeDataset';

/** Where the library finds datasets other than the bundled one. */
export interface LibrarySources {
  readonly datasets: DatasetService;
  /** Remembers the imported dataset across sessions. */
  readonly memento: vscode.Memento;
  /** The files of the `paperLookup.datasets` setting, read when the library loads. */
  readonly configuredDatasets: () => readonly vscode.Uri[];
}

/**
 * The papers the extension currently searches and shows. Nothing is read until the first command needs it,
 * so activation stays free of I/O; concurrent callers share one load. The first load takes, in order: the
 * `paperLookup.datasets` files, the last imported dataset (from its cached index), or the bundled ICLR dataset.
 */
export class PaperLibrary implements vscode.Disposable {
  private loading: Promise<SearchIndex> | undefined;
  // Bumped whenever the active index changes, so a slow first load cannot override a newer import.
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<SearchIndex>();
  readonly onDidChange = this.changed.event;

  private readonly damageListener: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly logger: HostLogger,
    private readonly sources: LibrarySources,
  ) {
    this.damageListener = sources.datasets.onDidFindDamage(() => this.rebuildDamaged());
  }

  /** The active index, loading it on first use. A failed load is retried on the next call. */
  index(): Promise<SearchIndex> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** True once something asked for the index; until then a settings change has nothing to reload. */
  get isLoaded(): boolean {
    return this.loading !== undefined;
  }

  /** The imported dataset in use, or undefined for the bundled dataset or the configured files. */
  get activeDataset(): ActiveDataset | undefined {
    const value = this.sources.memento.get<unknown>(ACTIVE_DATASET_KEY);
    return isActiveDataset(value) ? value : undefined;
  }

  /** Makes an imported dataset the active one, remembered for the next start; other cached indexes are deleted. */
  async useDataset(opened: OpenedDataset): Promise<void> {
    await this.replace(opened.index, opened.dataset);
    this.sources.datasets.cache.prune(opened.dataset.key).catch((error: unknown) => this.logger.warn(`Could not clean the index cache: ${errorText(error)}`));
  }

  /** Switches back to the bundled dataset and forgets the imported dataset. */
  async useBundled(): Promise<SearchIndex> {
    const index = await this.loadBundled();
    await this.replace(index, undefined);
    return index;
  }

  /** Loads again what a fresh start would load: after `paperLookup.datasets` changes, and in tests of the startup path. */
  reload(): Promise<SearchIndex> {
    this.loading = undefined;
    return this.index();
  }

  private async replace(index: SearchIndex, dataset: ActiveDataset | undefined): Promise<void> {
    this.generation++;
    this.loading = Promise.resolve(index);
    await this.sources.memento.update(ACTIVE_DATASET_KEY, dataset);
    this.changed.fire(index);
  }

  private async load(): Promise<SearchIndex> {
    const generation = ++this.generation;
    try {
      const index = await this.loadStartupIndex();
      if (generation === this.generation) this.changed.fire(index);
      return index;
    } catch (error) {
      if (generation === this.generation) this.loading = undefined;
      throw error;
    }
  }

  private async loadStartupIndex(): Promise<SearchIndex> {
    const configured = this.sources.configuredDatasets();
    if (configured.length > 0) {
      try {
        return (await this.openInWindow(configured)).index;
      } catch (error) {
        this.warnFallback(vscode.l10n.t('Could not load the files of the paperLookup.datasets setting: {0} Using the bundled ICLR dataset instead.', errorText(error)));
        return this.loadBundled();
      }
    }
    const active = this.activeDataset;
    return (active && (await this.loadImported(active))) ?? this.loadBundled();
  }

  /** The remembered import from its cache; a missing, corrupt or outdated cache is rebuilt from the source files. */
  private async loadImported(active: ActiveDataset): Promise<SearchIndex | undefined> {
    const current = active.formatVersion === SEARCH_INDEX_FORMAT_VERSION && active.extensionVersion === this.sources.datasets.extensionVersion;
    if (current) {
      const cached = await this.sources.datasets.readCache(active.key);
      if (cached) return cached.index;
    } else {
      this.logger.info(`The cached index ${active.key} was built by another version of Paper Lookup; rebuilding it.`);
    }
    try {
      const opened = await this.openInWindow(active.sources.map((source) => vscode.Uri.parse(source)));
      await this.sources.memento.update(ACTIVE_DATASET_KEY, opened.dataset);
      if (opened.dataset.key !== active.key) await this.sources.datasets.cache.delete(active.key).catch(() => undefined);
      return opened.index;
    } catch (error) {
      await this.sources.memento.update(ACTIVE_DATASET_KEY, undefined);
      this.warnFallback(vscode.l10n.t('The imported dataset could not be loaded again: {0} Using the bundled ICLR dataset instead.', errorText(error)));
      return undefined;
    }
  }

  // Loads at first use are not user-started, so their progress belongs in the status bar, not a notification.
  private openInWindow(uris: readonly vscode.Uri[]): Thenable<OpenedDataset> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Paper Lookup' }, (progress, token) =>
      this.sources.datasets.open(uris, (message) => progress.report({ message }), token),
    );
  }

  private async loadBundled(): Promise<SearchIndex> {
    const started = Date.now();
    try {
      const index = await loadBundledSearchIndex(this.extensionUri);
      this.logger.info(`Loaded the bundled index: ${papers(index.papers.length)} in ${Date.now() - started} ms.`);
      return index;
    } catch (error) {
      this.logger.error(`Could not load the bundled index: ${errorText(error)}`);
      throw error;
    }
  }

  /** A search found the cached index damaged (its folder is gone by now): load again, which rebuilds it. */
  private rebuildDamaged(): void {
    notifyWithLog(this.logger, 'warning', vscode.l10n.t('The cached index of your dataset is damaged; rebuilding it from the source files.'));
    this.reload().catch((error: unknown) => this.logger.error(`Could not rebuild the damaged index: ${errorText(error)}`));
  }

  private warnFallback(message: string): void {
    this.logger.warn(message);
    notifyWithLog(this.logger, 'warning', message);
  }

  dispose(): void {
    this.damageListener.dispose();
    this.changed.dispose();
  }
}
