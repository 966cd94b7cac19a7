import * as path from 'node:path';
import type { Paper } from '../core/dataset/paper';
import { buildSearchIndex } from '../core/search/buildSearchIndex';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { loadSearchIndex } from '../core/search/loadSearchIndex';
import { SEARCH_INDEX_MANIFEST } from '../core/search/searchIndexFiles';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import type { OptionSpec } from './parseArgs';
import { readDatasetFile } from './readDatasetFile';
import { errorText } from '../core/errorText';

/** Where the papers come from: a dataset file, an index prebuilt by `import`, or else the bundled data. */
export type DataSource = { readonly kind: 'dataset'; readonly file: string } | { readonly kind: 'index'; readonly dir: string } | { readonly kind: 'bundled' };

/** The options every command that reads papers accepts. */
export const DATA_OPTIONS: readonly OptionSpec[] = [
  { name: 'dataset', value: 'FILE', description: 'use this dataset (JSONL, JSON array, CSV or Parquet) instead of the bundled papers' },
  { name: 'index', value: 'DIR', description: "use an index prebuilt by 'paper-lookup import' (no rebuilding)" },
];

/** The data source the parsed options name. */
export function dataSource(options: ReadonlyMap<string, string>): DataSource {
  const file = options.get('dataset');
  const dir = options.get('index');
  if (file !== undefined && dir !== undefined) throw new CliError('give --dataset or --index, not both');
  if (file === '' || dir === '') throw new CliError(`--${file === '' ? 'dataset' : 'index'} needs a ${file === '' ? 'file' : 'directory'} name`);
  if (file !== undefined) return { kind: 'dataset', file };
  return dir === undefined ? { kind: 'bundled' } : { kind: 'index', dir };
}

/** The papers alone, for commands that need no index; a dataset's problems go to stderr on the way. */
export async function loadPapers(io: CliIo, source: DataSource): Promise<readonly Paper[]> {
  if (source.kind === 'dataset') return (await readDatasetFile(io, source.file)).papers;
  return (await openSearchIndex(io, source)).papers;
}

/**
 * The index to search, loaded or built once per run so stdin mode answers every query from the same one.
 * The bundled default is the index prebuilt next to the program; when it is missing (running from source)
 * the bundled corpus (data/iclr-2018-2023.jsonl.gz) is indexed instead.
 */
export async function openSearchIndex(io: CliIo, source: DataSource): Promise<SearchIndex> {
  switch (source.kind) {
    case 'dataset':
      return buildSearchIndex((await readDatasetFile(io, source.file)).papers);
    case 'index':
      if (!(await hasManifest(io, source.dir))) {
        throw new CliError(`cannot load the index in ${source.dir}: it has no ${SEARCH_INDEX_MANIFEST}; build one with 'paper-lookup import FILE... --out DIR'`);
      }
      return loadIndexDir(io, source.dir);
    case 'bundled':
      if (await hasManifest(io, io.bundled.indexDir)) return loadIndexDir(io, io.bundled.indexDir);
      return buildSearchIndex((await readDatasetFile(io, io.bundled.datasetFile)).papers);
  }
}

async function loadIndexDir(io: CliIo, dir: string): Promise<SearchIndex> {
  try {
    return await loadSearchIndex((name) => io.readFile(indexFilePath(dir, name)), { open: (name) => io.openIndexFile(indexFilePath(dir, name)), location: dir });
  } catch (error) {
    throw new CliError(`cannot load the index in ${dir}: ${errorText(error)}`);
  }
}

/** The manifest names the other files; a name that would leave the directory is refused. */
function indexFilePath(dir: string, name: string): string {
  if (name !== path.basename(name) || name === '..' || name.includes('\\')) throw new Error(`the manifest names a file outside the index: ${name}`);
  return path.join(dir, name);
}

async function hasManifest(io: CliIo, dir: string): Promise<boolean> {
  try {
    await io.readFile(path.join(dir, SEARCH_INDEX_MANIFEST));
    return true;
  } catch {
    return false;
  }
}
