// The import worker (bundled to dist/importWorker.js): parses the dataset files and builds the index files off
// the extension host's main thread, so a 16,000-paper import never freezes the editor. It imports no `vscode`.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { importDatasetFiles } from '../../core/import/importDatasetFiles';
import { transferableBuffers } from '../../core/import/importWorkerProtocol';
import type { ImportWorkerInput, ImportWorkerMessage } from '../../core/import/importWorkerProtocol';
import { errorText } from '../../core/errorText';

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message, message.type === 'done' ? transferableBuffers(Object.values(message.files)) : []);
}

importDatasetFiles(workerData as ImportWorkerInput, post, (path) => createReadStream(path, { highWaterMark: 2 ** 20 })).then(post, (error: unknown) => {
  post({ type: 'failed', message: errorText(error) });
});
