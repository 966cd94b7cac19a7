import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { ImportReport } from '../../core/import/importReport';
import { isImportReport } from '../../core/import/importReport';
import type { SearchIndex } from '../../core/search/buildSearchIndex';
import type { DamagedIndexError } from '../../core/search/checkedIndexFile';
import { loadSearchIndex } from '../../core/search/loadSearchIndex';
import { errorText } from '../../core/errorText';

/** Our own file beside the index files; the index loader reads only the files its manifest names. */
const REPORT_FILE = 'import-report.json';

/** A dataset loaded from the cache. */
export interface CachedDataset {
  readonly index: SearchIndex;
  readonly report: ImportReport;
}

/**
 * Built indexes in `globalStorageUri/indexes/<key>/`, one folder per cache key. A folder is written under a
 * temporary name and renamed into place, so a folder with a key's name is always complete.
 */
export class DatasetCache {
  constructor(private readonly storageUri: vscode.Uri) {}

  get root(): vscode.Uri {
    return vscode.Uri.joinPath(this.storageUri, 'indexes');
  }

  folder(key: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, key);
  }

  /**
   * The cached dataset for `key`, or undefined when there is none. Throws when the folder is there but unusable.
   * The index checks its blocks as searches read them; `onDamage` hears of the first that fails.
   */
  async read(key: string, onDamage: (error: DamagedIndexError) => void): Promise<CachedDataset | undefined> {
    const folder = this.folder(key);
    if (!(await exists(folder))) return undefined;
    const [index, report] = await Promise.all([this.loadIndex(folder, onDamage), readReport(reader(folder))]);
    return { index, report };
  }

  /** The index in `folder`: a key's, or one an import wrote before `commit` moves it to `location`, which errors name. */
  loadIndex(folder: vscode.Uri, onDamage: (error: DamagedIndexError) => void, location = folder): Promise<SearchIndex> {
    return loadSearchIndex(reader(folder), { location: location.toString(), onDamage });
  }

  /**
   * A new, empty folder under a temporary name for an import worker to write an index into, or undefined when
   * the storage is not on the local disk, where a worker cannot write. `commit` puts it in place.
   */
  async localFolder(key: string): Promise<vscode.Uri | undefined> {
    if (this.storageUri.scheme !== 'file') return undefined;
    const temporary = this.temporaryFolder(key);
    await NODE_FILE_SYSTEM.createDirectory(temporary);
    return temporary;
  }

  async write(key: string, files: Readonly<Record<string, string | Uint8Array>>, report: ImportReport): Promise<void> {
    const temporary = this.temporaryFolder(key);
    const encoder = new TextEncoder();
    try {
      await this.fileSystem.createDirectory(temporary);
      for (const [name, content] of Object.entries(files)) {
        await this.fileSystem.writeFile(vscode.Uri.joinPath(temporary, name), typeof content === 'string' ? encoder.encode(content) : content);
      }
    } catch (error) {
      await this.remove(temporary);
      throw error;
    }
    await this.commit(temporary, key, report);
  }

  /** Adds the report to a folder of index files and renames it into place as `key`'s; on failure the folder is deleted. */
  async commit(temporary: vscode.Uri, key: string, report: ImportReport): Promise<void> {
    try {
      await this.fileSystem.writeFile(vscode.Uri.joinPath(temporary, REPORT_FILE), new TextEncoder().encode(JSON.stringify(report)));
      await this.fileSystem.replace(temporary, this.folder(key));
    } catch (error) {
      await this.remove(temporary);
      throw error;
    }
  }

  /** Deletes a folder from localFolder that will not be committed; a failure is left to prune. */
  async discard(temporary: vscode.Uri): Promise<void> {
    await this.remove(temporary).catch(() => undefined);
  }

  private temporaryFolder(key: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, `${key}.tmp-${randomBytes(4).toString('hex')}`);
  }

  // vscode.workspace.fs writes through the extension host's main thread, which a 30 MB index blocked for
  // seconds; node's fs writes local storage on libuv's thread pool.
  private get fileSystem(): CacheWriter {
    return this.storageUri.scheme === 'file' ? NODE_FILE_SYSTEM : VSCODE_FILE_SYSTEM;
  }

  /** Deletes one cached index; a folder that is already gone is fine. */
  async delete(key: string): Promise<void> {
    await this.remove(this.folder(key));
  }

  /** Deletes every cached index but `keep`, leftovers of interrupted writes included, so the cache holds one dataset. */
  async prune(keep: string): Promise<void> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.root);
    } catch {
      return;
    }
    await Promise.all(entries.filter(([name]) => name !== keep).map(([name]) => this.remove(vscode.Uri.joinPath(this.root, name))));
  }

  private async remove(uri: vscode.Uri): Promise<void> {
    try {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
    }
  }
}

/** What writing a cache folder needs, from VS Code's file system or, for local storage, node's. */
interface CacheWriter {
  createDirectory(uri: vscode.Uri): Promise<void>;
  writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void>;
  /** Renames `from` to `to`, replacing a folder already there. */
  replace(from: vscode.Uri, to: vscode.Uri): Promise<void>;
}

const VSCODE_FILE_SYSTEM: CacheWriter = {
  createDirectory: async (uri) => vscode.workspace.fs.createDirectory(uri),
  writeFile: async (uri, content) => vscode.workspace.fs.writeFile(uri, content),
  replace: async (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: true }),
};

const NODE_FILE_SYSTEM: CacheWriter = {
  createDirectory: async (uri) => void (await mkdir(uri.fsPath, { recursive: true })),
  writeFile: async (uri, content) => writeFile(uri.fsPath, content),
  replace: async (from, to) => {
    await rm(to.fsPath, { recursive: true, force: true });
    await rename(from.fsPath, to.fsPath);
  },
};

function reader(folder: vscode.Uri): (name: string) => Promise<Uint8Array> {
  return async (name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readReport(read: (name: string) => Promise<Uint8Array>): Promise<ImportReport> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(await read(REPORT_FILE)));
  } catch (error) {
    throw new Error(`${REPORT_FILE} is missing or corrupt (${errorText(error)})`);
  }
  if (!isImportReport(value)) throw new Error(`${REPORT_FILE} is corrupt`);
  return value;
}
