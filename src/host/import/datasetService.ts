import { createHash, webcrypto } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import type { ActiveDataset } from '../../core/import/activeDataset';
import { datasetCacheKey } from '../../core/import/datasetCacheKey';
import type { ImportReport } from '../../core/import/importReport';
import type { ImportWorkerDone, ImportWorkerFile, ImportWorkerProgress } from '../../core/import/importWorkerProtocol';
import { papers } from '../../core/import/importSummary';
import type { SearchIndex } from '../../core/search/buildSearchIndex';
import type { DamagedIndexError } from '../../core/search/checkedIndexFile';
import { loadSearchIndex } from '../../core/search/loadSearchIndex';
import { SEARCH_INDEX_FORMAT_VERSION } from '../../core/search/searchIndexFiles';
import { DatasetCache } from './datasetCache';
import { ImportError } from './importError';
import { runImportWorker } from './runImportWorker';
import { errorText } from '../../core/errorText';

/** A dataset ready to become the active one. */
export interface OpenedDataset {
  readonly index: SearchIndex;
  readonly report: ImportReport;
  readonly dataset: ActiveDataset;
  readonly fromCache: boolean;
}

/** Shows a step of the work, e.g. `Indexing 16,032 papers…`. */
export type ReportProgress = (message: string) => void;

/**
 * Turns dataset files into a loaded index: from the cache when the same files were indexed before, otherwise
 * parsed and indexed in a worker and then cached. Never touches the active dataset; the caller decides.
 */
export class DatasetService implements vscode.Disposable {
  private hits = 0;
  private built = 0;
  private readonly damaged = new vscode.EventEmitter<string>();
  /** Fires with a cache key once a search has found that cached index damaged and its folder is deleted. */
  readonly onDidFindDamage = this.damaged.event;

  constructor(
    readonly cache: DatasetCache,
    private readonly workerPath: string,
    readonly extensionVersion: string,
    private readonly logger: Logger,
  ) {}

  /** Opens answered from the cache; tests read it. */
  get cacheHits(): number {
    return this.hits;
  }

  /** Opens that had to build an index; tests read it. */
  get builds(): number {
    return this.built;
  }

  /** The service for this extension: indexes cached in its global storage, the worker from its dist/ folder. */
  static create(context: vscode.ExtensionContext, logger: Logger): DatasetService {
    const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'importWorker.js').fsPath;
    const version = (context.extension.packageJSON as { version?: unknown }).version;
    return new DatasetService(new DatasetCache(context.globalStorageUri), workerPath, typeof version === 'string' ? version : '0.0.0', logger);
  }

  /** Reads `sources` and returns their index. Rejects with an ImportError naming the file, or a CancellationError. */
  async open(sources: readonly vscode.Uri[], report: ReportProgress, token: vscode.CancellationToken): Promise<OpenedDataset> {
    const files: ImportWorkerFile[] = [];
    const hashed: { name: string; sha256: string }[] = [];
    for (const uri of sources) {
      const name = fileName(uri);
      report(vscode.l10n.t('Reading {0}…', name));
      // A local file is hashed as a stream and read by the worker itself: hundreds of megabytes never sit in
      // the extension host. Other file systems are read through VS Code.
      if (uri.scheme === 'file') {
        hashed.push({ name, sha256: await sha256OfFile(uri.fsPath, name) });
        files.push({ name, path: uri.fsPath });
      } else {
        const bytes = await readSource(uri, name);
        hashed.push({ name, sha256: await sha256(bytes) });
        files.push({ name, bytes });
      }
      if (token.isCancellationRequested) throw new vscode.CancellationError();
    }
    const key = datasetCacheKey(hashed, SEARCH_INDEX_FORMAT_VERSION, this.extensionVersion);
    const dataset: ActiveDataset = {
      sources: sources.map((uri) => uri.toString()),
      key,
      formatVersion: SEARCH_INDEX_FORMAT_VERSION,
      extensionVersion: this.extensionVersion,
    };

    const cached = await this.readCache(key);
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    if (cached) return { ...cached, dataset, fromCache: true };

    const started = Date.now();
    // The worker writes the index straight into the cache when it is on the local disk; it is loaded from there.
    const folder = await this.cache.localFolder(key).catch((error: unknown) => {
      this.logger.warn(`Could not create a folder in ${this.cache.root.toString()} (${errorText(error)}); the index is built in memory.`);
      return undefined;
    });
    let built: ImportWorkerDone;
    try {
      built = await runImportWorker(this.workerPath, files, folder?.fsPath, (progress) => report(progressText(progress)), token);
    } catch (error) {
      if (folder) await this.cache.discard(folder);
      throw error;
    }
    if (folder && built.writeError !== undefined) {
      this.logger.warn(`Could not write the index into ${folder.toString()} (${built.writeError}); it is built in memory.`);
      await this.cache.discard(folder);
    }
    const written = built.writeError === undefined ? folder : undefined;
    report(vscode.l10n.t('Loading the new index…'));
    const index = written ? await this.loadWritten(written, key, built.report) : await loadSearchIndex((name) => Promise.resolve(builtFile(built, name)));
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    this.built++;
    this.logger.info(`Indexed ${papers(index.papers.length)} from ${built.report.files.join(', ')} in ${Date.now() - started} ms (cache key ${key}).`);
    if (!written) {
      report(vscode.l10n.t('Saving the index for the next start…'));
      await this.cache.write(key, built.files, built.report).catch((error: unknown) => this.warnUncached(key, error));
    }
    return { index, report: built.report, dataset, fromCache: false };
  }

  /** The index the worker wrote into `folder`, loaded (whole) and then put in the cache as `key`'s. */
  private async loadWritten(folder: vscode.Uri, key: string, report: ImportReport): Promise<SearchIndex> {
    let index: SearchIndex;
    try {
      index = await this.cache.loadIndex(folder, (error) => void this.forgetDamaged(key, error), this.cache.folder(key));
    } catch (error) {
      await this.cache.discard(folder);
      throw error;
    }
    await this.cache.commit(folder, key, report).catch((error: unknown) => this.warnUncached(key, error));
    return index;
  }

  /** The index works without the cache; the next start just builds it again. */
  private warnUncached(key: string, error: unknown): void {
    this.logger.warn(`Could not cache the index in ${this.cache.folder(key).toString()}: ${errorText(error)}`);
  }

  /**
   * The cached index for `key`, or undefined when there is none or it was unusable. An unusable one is logged and
   * deleted, so the caller rebuilds it; nothing here throws for a bad cache.
   */
  async readCache(key: string): Promise<{ index: SearchIndex; report: ImportReport } | undefined> {
    const started = Date.now();
    try {
      const cached = await this.cache.read(key, (error) => void this.forgetDamaged(key, error));
      if (!cached) return undefined;
      this.hits++;
      this.logger.info(`Loaded ${papers(cached.index.papers.length)} from the cached index ${key} in ${Date.now() - started} ms.`);
      return cached;
    } catch (error) {
      this.logger.warn(`The cached index ${key} is corrupt or outdated (${errorText(error)}); deleting it and rebuilding from the source files.`);
      await this.cache.delete(key).catch((deleteError: unknown) => this.logger.warn(`Could not delete ${key}: ${errorText(deleteError)}`));
      return undefined;
    }
  }

  /** A cached index a search found damaged: deleted, so that loading it again rebuilds it from the source files. */
  private async forgetDamaged(key: string, error: DamagedIndexError): Promise<void> {
    this.logger.warn(`${errorText(error)} Deleting the cached index ${key}; it is rebuilt from the source files.`);
    await this.cache.delete(key).catch((deleteError: unknown) => this.logger.warn(`Could not delete ${key}: ${errorText(deleteError)}`));
    this.damaged.fire(key);
  }

  dispose(): void {
    this.damaged.dispose();
  }
}

function builtFile(built: ImportWorkerDone, name: string): string | Uint8Array {
  const content = built.files[name];
  if (content === undefined) throw new Error(`the import produced no ${name}`);
  return content;
}

/** `Reading b.csv… 12,000 papers` (the papers read so far), then `Indexing 16,032 papers…`. */
function progressText(progress: ImportWorkerProgress): string {
  if (progress.type === 'indexing') return vscode.l10n.t('Indexing {0}…', papers(progress.papers, vscode.l10n.t));
  return progress.papersSoFar > 0 ? vscode.l10n.t('Reading {0}… {1}', progress.file, papers(progress.papersSoFar, vscode.l10n.t)) : vscode.l10n.t('Reading {0}…', progress.file);
}

/** The name problems and summaries use for a file: its last path segment. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

async function readSource(uri: vscode.Uri, name: string): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    throw cannotRead(name, error);
  }
}

async function sha256OfFile(path: string, name: string): Promise<string> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path, { highWaterMark: 2 ** 20 })) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch (error) {
    throw cannotRead(name, error);
  }
}

function cannotRead(name: string, error: unknown): ImportError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || code === 'ENOENT'
      ? vscode.l10n.t('the file does not exist')
      : (error instanceof vscode.FileSystemError && error.code === 'FileIsADirectory') || code === 'EISDIR'
        ? vscode.l10n.t('it is a folder')
        : errorText(error);
  return new ImportError(vscode.l10n.t('Cannot read {0}: {1}.', name, reason));
}

// WebCrypto digests on libuv's thread pool, so hashing a large file does not block the extension host.
async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(digest).toString('hex');
}
