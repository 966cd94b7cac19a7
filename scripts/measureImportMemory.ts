// `npm run bench:import-memory [-- --papers N] [--heap-mb MB] [--dataset FILE]`: the extension's import of a large
// dataset, outside VS Code: dist/importWorker.js in a worker thread exactly as runImportWorker starts it (no
// resourceLimits, so the extension host's default heap limit, or --heap-mb to impose one; a --dataset file passed
// by its path, as a local file is; the index written into a folder, as with local storage), ended when it is done,
// then the index read back and loaded on the main thread as DatasetService does. Prints the time, the worker's heap at the end of the build, the main
// thread's heap with the index loaded and the process's peak resident memory. The worker's peak heap is below
// any --heap-mb it completes under. A measurement, not a test.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { syntheticCorpus } from '../bench/syntheticCorpus';
import { parseDataset } from '../src/core/dataset/parseDataset';
import type { ImportWorkerDone, ImportWorkerFile, ImportWorkerInput } from '../src/core/import/importWorkerProtocol';
import { isImportWorkerMessage, transferableBuffers } from '../src/core/import/importWorkerProtocol';
import { loadSearchIndex } from '../src/core/search/loadSearchIndex';

const WORKER = path.resolve('dist/importWorker.js');
const MB = 2 ** 20;

void main();

async function main(): Promise<void> {
  const papers = Number(option('papers') ?? 100_000);
  const heapMb = option('heap-mb');
  const dataset = option('dataset');
  // A dataset file is passed by its path, as the extension passes a local file: the worker reads it in chunks.
  const file: ImportWorkerFile =
    dataset !== undefined
      ? { name: path.basename(dataset), path: path.resolve(dataset) }
      : {
          name: `synthetic-${papers}.jsonl`,
          bytes: new TextEncoder().encode(syntheticCorpus(parseDataset(readFileSync('data/iclr-sample.jsonl', 'utf8'), 'sample').papers, papers, 42).map((row) => JSON.stringify(row)).join('\n')),
        };
  const jsonlMb = ('bytes' in file ? file.bytes.length : statSync(file.path).size) / MB;
  // The worker writes the index into a folder and the index is read back whole, as the extension does with local storage.
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-import-'));
  const input = { files: [file], outDir };
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const { workerHeap } = await runWorker(input, heapMb === undefined ? undefined : Number(heapMb));
  const builtMs = performance.now() - started;
  const index = await loadSearchIndex(async (name) => readFile(path.join(outDir, name)));
  const indexMb = readdirSync(outDir).reduce((sum, name) => sum + statSync(path.join(outDir, name)).size, 0) / MB;
  rmSync(outDir, { recursive: true });
  global.gc?.();
  const main = getHeapStatistics();
  console.log(
    [
      `${index.papers.length} papers from ${jsonlMb.toFixed(0)} MB of JSONL, worker heap limit ${(workerHeap.heap_size_limit / MB).toFixed(0)} MB${heapMb === undefined ? ' (default)' : ''}`,
      `worker: ${(builtMs / 1000).toFixed(1)} s; heap at the end of the build ${(workerHeap.used_heap_size / MB).toFixed(0)} MB used, ${(workerHeap.total_heap_size / MB).toFixed(0)} MB committed (${(workerHeap.total_heap_size / workerHeap.heap_size_limit * 100).toFixed(0)}% of the limit)`,
      `main thread with the index loaded: heap ${(main.used_heap_size / MB).toFixed(0)} MB used; index files ${indexMb.toFixed(0)} MB outside the heap`,
      `process peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${(rssBefore / MB).toFixed(0)} MB before the import${dataset === undefined ? ', the JSONL included' : ''})`,
    ].join('\n'),
  );
}

/** Starts the bundled worker as runImportWorker does; a wrapper reads the worker's heap just before it reports. */
function runWorker(input: ImportWorkerInput, heapMb: number | undefined): Promise<{ done: ImportWorkerDone; workerHeap: ReturnType<typeof getHeapStatistics> }> {
  const wrapper = `
    const { parentPort } = require('node:worker_threads');
    const { getHeapStatistics } = require('node:v8');
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (message, transfer) => {
      if (message && message.type === 'done') post({ type: 'heap', heap: getHeapStatistics() });
      post(message, transfer);
    };
    require(${JSON.stringify(WORKER)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(wrapper, {
      eval: true,
      workerData: input,
      transferList: transferableBuffers(input.files.flatMap((file) => ('bytes' in file ? [file.bytes] : []))),
      ...(heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
    });
    let workerHeap: ReturnType<typeof getHeapStatistics> | undefined;
    worker.on('message', (message: unknown) => {
      const heap = (message as { type?: string; heap?: ReturnType<typeof getHeapStatistics> }).heap;
      if (heap) workerHeap = heap;
      else if (isImportWorkerMessage(message) && message.type === 'done') {
        // Ended at once, as runImportWorker ends it, so its heap is gone before the index is loaded.
        void worker.terminate();
        resolve({ done: message, workerHeap: workerHeap! });
      }
      else if (isImportWorkerMessage(message) && message.type === 'failed') reject(new Error(message.message));
      else if (isImportWorkerMessage(message)) process.stderr.write(`${JSON.stringify(message)}\n`);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the worker exited with code ${code}`)));
  });
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
