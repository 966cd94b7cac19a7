import { mergeDatasets } from '../dataset/mergeDatasets';
import type { ParsedDataset } from '../dataset/parsedDataset';
import { parseDatasetStream } from '../dataset/parseDatasetStream';
import { problemCount } from '../dataset/problemCount';
import { unusableDatasetMessage } from '../dataset/unusableDatasetMessage';
import { buildSearchIndex } from '../search/buildSearchIndex';
import type { Pieces } from '../search/paperColumns';
import { searchIndexFiles, searchIndexParts } from '../search/searchIndexFiles';
import { bundleTranslator } from '../translate';
import { errorText } from '../errorText';
import type { ImportWorkerDone, ImportWorkerFailed, ImportWorkerInput, ImportWorkerProgress } from './importWorkerProtocol';

/** Writes one index file (into the import's `outDir`), its bytes as they are made. */
export type WriteIndexFile = (name: string, content: string | Pieces) => Promise<void>;

/**
 * Parses, merges and indexes the files of one import: the import worker's whole job. A file without a single
 * usable paper fails the import, naming the file, rather than silently importing the rest. Problems are worded
 * in the language of the input's bundle, and kept that way in the cached report. With `writeFile` the index
 * files are written through it in pieces, never joined, and `done` carries none unless a write failed.
 */
export async function importDatasetFiles(
  input: ImportWorkerInput,
  onProgress: (progress: ImportWorkerProgress) => void,
  openFile: (path: string) => AsyncIterable<Uint8Array>,
  writeFile?: WriteIndexFile,
): Promise<ImportWorkerDone | ImportWorkerFailed> {
  const t = bundleTranslator(input.l10nBundle);
  const datasets: ParsedDataset[] = [];
  let papersSoFar = 0;
  for (const file of input.files) {
    onProgress({ type: 'reading', file: file.name, papersSoFar });
    const chunks = 'path' in file ? openFile(file.path) : [file.bytes];
    const dataset = await parseDatasetStream(toAsync(chunks), file.name, {
      translate: t,
      onPapers: (read) => onProgress({ type: 'reading', file: file.name, papersSoFar: papersSoFar + read }),
    });
    const unusable = unusableDatasetMessage(dataset, file.name, t);
    if (unusable !== undefined) return { type: 'failed', message: unusable };
    datasets.push(dataset);
    papersSoFar += dataset.papers.length;
  }
  const merged = mergeDatasets(datasets, t);
  onProgress({ type: 'indexing', papers: merged.papers.length });
  const index = buildSearchIndex(merged.papers);
  // A folder that cannot be written (a full disk) costs the cache, not the import: the files come back instead.
  let writeError: string | undefined;
  if (writeFile !== undefined) {
    try {
      for (const [name, content] of Object.entries(searchIndexParts(index).files)) await writeFile(name, content);
    } catch (error) {
      writeError = errorText(error);
    }
  }
  const files = writeFile === undefined || writeError !== undefined ? searchIndexFiles(index).files : {};
  return {
    type: 'done',
    files,
    ...(writeError === undefined ? {} : { writeError }),
    report: {
      files: input.files.map((file) => file.name),
      problems: merged.problems,
      problemCount: datasets.reduce((sum, dataset) => sum + problemCount(dataset.problems), 0),
      duplicates: merged.duplicates,
    },
  };
}

async function* toAsync(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* chunks;
}
