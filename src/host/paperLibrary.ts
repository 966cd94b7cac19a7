import * as vscode from 'vscode';
import type { Logger } from '../core/log';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { loadBundledSearchIndex } from './loadBundledSearchIndex';

/**
 * The papers the extension currently searches and shows. Nothing is read until the first
 * command needs it, so activation stays free of I/O; concurrent callers share one load.
 */
export class PaperLibrary implements vscode.Disposable {
  private loading: Promise<SearchIndex> | undefined;
  private readonly changed = new vscode.EventEmitter<SearchIndex>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly logger: Logger,
  ) {}

  /** The active index, loading the bundled one on first use. A failed load is retried on the next call. */
  index(): Promise<SearchIndex> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<SearchIndex> {
    const started = Date.now();
    try {
      const index = await loadBundledSearchIndex(this.extensionUri);
      this.logger.info(`Loaded the bundled index: ${index.papers.length} papers in ${Date.now() - started} ms.`);
      this.changed.fire(index);
      return index;
    } catch (error) {
      this.loading = undefined;
      this.logger.error(`Could not load the bundled index: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
