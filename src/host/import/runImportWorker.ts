import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { ImportWorkerDone, ImportWorkerFile, ImportWorkerInput, ImportWorkerProgress } from '../../core/import/importWorkerProtocol';
import { isImportWorkerMessage, transferableBuffers } from '../../core/import/importWorkerProtocol';
import { ImportError } from './importError';

/**
 * Parses and indexes `files` in a worker thread (dist/importWorker.js), which writes the index files into
 * `outDir` when given (see ImportWorkerInput). Cancelling terminates the worker and rejects with a
 * CancellationError; a file that cannot be imported rejects with an ImportError naming it.
 */
export function runImportWorker(
  workerPath: string,
  files: readonly ImportWorkerFile[],
  outDir: string | undefined,
  onProgress: (progress: ImportWorkerProgress) => void,
  token: vscode.CancellationToken,
): Promise<ImportWorkerDone> {
  if (token.isCancellationRequested) return Promise.reject(new vscode.CancellationError());
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, {
      workerData: { files, l10nBundle: vscode.l10n.bundle, ...(outDir === undefined ? {} : { outDir }) } satisfies ImportWorkerInput,
      transferList: transferableBuffers(files.flatMap((file) => ('bytes' in file ? [file.bytes] : []))),
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      cancellation.dispose();
      // Ended before the caller goes on: a cancelled worker must not still be writing into the import's folder.
      void worker.terminate().then(action, action);
    };
    const cancellation = token.onCancellationRequested(() => settle(() => reject(new vscode.CancellationError())));
    worker.on('message', (message: unknown) => {
      if (!isImportWorkerMessage(message)) return;
      if (message.type === 'done') settle(() => resolve(message));
      else if (message.type === 'failed') settle(() => reject(new ImportError(message.message)));
      else if (!settled) onProgress(message);
    });
    worker.on('error', (error) => settle(() => reject(new ImportError(vscode.l10n.t('The import stopped: {0}', error.message)))));
    worker.on('exit', (code) => settle(() => reject(new ImportError(vscode.l10n.t('The import stopped unexpectedly (exit code {0}).', code)))));
  });
}
