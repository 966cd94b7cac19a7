// `node --expose-gc --import tsx scripts/measureImportStages.ts FILE [--out DIR]`: the CLI's import of one dataset
// file stage by stage (parse, merge, build, serialise, write), with the heap and resident memory after each stage
// (after a full GC) and the process's peak resident memory so far, to see which stage holds what. A measurement,
// not a test; `npm run bench:import-memory` measures the extension's worker as a whole.
import { createReadStream } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { mergeDatasets } from '../src/core/dataset/mergeDatasets';
import { parseDatasetStream } from '../src/core/dataset/parseDatasetStream';
import { buildSearchIndex } from '../src/core/search/buildSearchIndex';
import { searchIndexParts } from '../src/core/search/searchIndexFiles';
import { writeIndexDir } from '../src/cli/writeIndexDir';

const MB = 2 ** 20;

void main();

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: measureImportStages.ts FILE [--out DIR]');
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  let started = performance.now();
  const stage = (name: string): void => {
    const seconds = (performance.now() - started) / 1000;
    global.gc?.();
    const memory = process.memoryUsage();
    const heap = getHeapStatistics();
    console.log(
      `${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  heap ${mb(heap.used_heap_size)} used ${mb(heap.total_heap_size)} committed  ` +
        `array buffers ${mb(memory.arrayBuffers)}  rss ${mb(memory.rss)}  peak rss so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(5)} MB`,
    );
    started = performance.now();
  };
  stage('start');
  const dataset = await parseDatasetStream(createReadStream(file, { highWaterMark: MB }), file);
  stage('parse');
  const merged = mergeDatasets([dataset]);
  stage('merge');
  const index = buildSearchIndex(merged.papers);
  stage('build');
  const parts = searchIndexParts(index);
  stage('serialise');
  if (out !== undefined) {
    await writeIndexDir(out, parts.files);
    stage('write');
  }
  // Read at the end, so that the papers stay alive through every stage, as they do in the CLI.
  console.log(`${index.papers.length} papers indexed of ${dataset.papers.length} read`);
}

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(0).padStart(5)} MB`;
}
