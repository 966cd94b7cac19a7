// The import worker (bundled to dist/importWorker.js): parses the dataset files and builds the index files off
// the extension host's main thread, so a 16,000-paper import never freezes the editor. It imports no `vscode`.
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { importDatasetFiles } from '../../core/import/importDatasetFiles';
import { transferableBuffers } from '../../core/import/importWorkerProtocol';
import type { ImportWorkerInput, ImportWorkerMessage } from '../../core/import/importWorkerProtocol';
import { errorText } from '../../core/errorText';

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message, message.type === 'done' ? transferableBuffers(Object.values(message.files)) : []);
}

const input = workerData as ImportWorkerInput;
const { outDir } = input;
importDatasetFiles(
  input,
  post,
  (file) => createReadStream(file, { highWaterMark: 2 ** 20 }),
  // Written as the pieces are made: joined, the index file was a third copy of the abstracts at the peak.
  outDir === undefined ? undefined : async (name, content) => writeFile(path.join(outDir, name), content),
).then(post, (error: unknown) => {
  post({ type: 'failed', message: errorText(error) });
});
