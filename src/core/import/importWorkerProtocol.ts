import type { ImportReport } from './importReport';

/**
 * One input file handed to the import worker: a local file by its path, which the worker reads in chunks (a
 * dataset can be hundreds of megabytes), or the bytes of a file from another file system.
 */
export type ImportWorkerFile = { readonly name: string; readonly path: string } | { readonly name: string; readonly bytes: Uint8Array };

/** The worker's `workerData`. */
export interface ImportWorkerInput {
  readonly files: readonly ImportWorkerFile[];
  /** The extension's loaded translations (`vscode.l10n.bundle`), which a worker cannot ask VS Code for; absent in English. */
  readonly l10nBundle?: Readonly<Record<string, string>>;
  /**
   * A local folder made for this import: the worker writes the index files into it as they are made, so they
   * never sit whole in memory (a 300,000-paper index is 640 MB). Absent: the files come back in `done`.
   */
  readonly outDir?: string;
}

/** Progress the worker reports while it runs. */
export type ImportWorkerProgress =
  | { readonly type: 'reading'; readonly file: string; readonly papersSoFar: number }
  | { readonly type: 'indexing'; readonly papers: number };

/** The worker's result: the index files, ready to cache and load, and what the import found. */
export interface ImportWorkerDone {
  readonly type: 'done';
  /** Binary as well as text, so a compact index format can pass through unchanged; none when written to `outDir`. */
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  readonly report: ImportReport;
  /** Why the files could not be written to `outDir` (they are in `files` instead). */
  readonly writeError?: string;
}

/** Why nothing could be imported, naming the file. */
export interface ImportWorkerFailed {
  readonly type: 'failed';
  readonly message: string;
}

export type ImportWorkerMessage = ImportWorkerProgress | ImportWorkerDone | ImportWorkerFailed;

/** Guards the host against anything else arriving on the worker's port. */
export function isImportWorkerMessage(value: unknown): value is ImportWorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'reading':
      return typeof message.file === 'string' && typeof message.papersSoFar === 'number';
    case 'indexing':
      return typeof message.papers === 'number';
    case 'done':
      return (
        typeof message.files === 'object' &&
        message.files !== null &&
        typeof message.report === 'object' &&
        message.report !== null &&
        (message.writeError === undefined || typeof message.writeError === 'string')
      );
    case 'failed':
      return typeof message.message === 'string';
    default:
      return false;
  }
}

/**
 * The buffers among `contents` that can be moved to the other thread instead of copied: whole ArrayBuffers
 * (hundreds of megabytes at 100,000 papers); a view into a shared pool is copied instead.
 */
export function transferableBuffers(contents: Iterable<string | Uint8Array>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const content of contents) {
    if (typeof content !== 'string' && content.byteOffset === 0 && content.byteLength === content.buffer.byteLength && content.buffer instanceof ArrayBuffer) buffers.add(content.buffer);
  }
  return [...buffers];
}
