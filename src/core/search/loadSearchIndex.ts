import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { DECISION_TIERS } from '../venues';
import { assembleSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';
import { SEARCH_INDEX_FORMAT_NAME, SEARCH_INDEX_FORMAT_VERSION, SEARCH_INDEX_MANIFEST } from './searchIndexFiles';
import { Vocabulary } from './vocabulary';

/** Reads one file of an index by name; the extension passes vscode.workspace.fs, the CLI node's fs. */
export type ReadIndexFile = (name: string) => Promise<string | Uint8Array>;

/**
 * Loads an index written by `searchIndexFiles`. Foreign, outdated or corrupt files are refused with an
 * Error whose message says what is wrong, never with a failure deep inside lunr.
 */
export async function loadSearchIndex(read: ReadIndexFile): Promise<SearchIndex> {
  const manifest = record(await readJson(read, SEARCH_INDEX_MANIFEST), SEARCH_INDEX_MANIFEST);
  if (manifest.format !== SEARCH_INDEX_FORMAT_NAME) throw new Error(`${SEARCH_INDEX_MANIFEST} is not a Paper Lookup search index`);
  if (manifest.formatVersion !== SEARCH_INDEX_FORMAT_VERSION) {
    throw new Error(`Search index format ${String(manifest.formatVersion)} is not supported (expected ${SEARCH_INDEX_FORMAT_VERSION}); rebuild the index`);
  }
  if (manifest.lunrVersion !== lunr.version) {
    throw new Error(`Search index was built with lunr ${String(manifest.lunrVersion)}, this build uses ${lunr.version}; rebuild the index`);
  }
  const files = record(manifest.files, `${SEARCH_INDEX_MANIFEST} files`);
  const names = ['papers', 'lunr', 'vocabulary'].map((key) => {
    const name = files[key];
    if (typeof name !== 'string' || name === '') throw new Error(`${SEARCH_INDEX_MANIFEST} does not name its ${key} file`);
    return name;
  }) as [string, string, string];
  const [papersJson, lunrJson, vocabularyJson] = await Promise.all(names.map((name) => readJson(read, name)));

  const papers = toPapers(papersJson, names[0]);
  if (papers.length !== manifest.paperCount) throw new Error(`${names[0]} holds ${papers.length} papers, the manifest says ${String(manifest.paperCount)}`);
  const lunrIndex = toLunrIndex(lunrJson, names[1], papers);
  return assembleSearchIndex(papers, lunrIndex, toVocabulary(vocabularyJson, names[2]));
}

async function readJson(read: ReadIndexFile, name: string): Promise<unknown> {
  let content: string | Uint8Array;
  try {
    content = await read(name);
  } catch (error) {
    throw new Error(`Cannot read search index file ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: false }).decode(content);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`Search index file ${name} is corrupt (not valid JSON)`);
  }
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is corrupt (expected an object)`);
  return value as Record<string, unknown>;
}

function toPapers(value: unknown, name: string): Paper[] {
  if (!Array.isArray(value)) throw new Error(`${name} is corrupt (expected an array of papers)`);
  const tiers: readonly string[] = DECISION_TIERS;
  return value.map((item: unknown, index) => {
    const paper = record(item, `${name} paper ${index + 1}`);
    const textFields = ['id', 'conference', 'venue', 'title', 'abstract', 'decision'] as const;
    for (const field of textFields) {
      if (typeof paper[field] !== 'string') throw new Error(`${name} paper ${index + 1} is corrupt (${field} is not text)`);
    }
    if (paper.year !== undefined && typeof paper.year !== 'number') throw new Error(`${name} paper ${index + 1} is corrupt (year is not a number)`);
    if (typeof paper.tier !== 'string' || !tiers.includes(paper.tier)) throw new Error(`${name} paper ${index + 1} is corrupt (unknown tier)`);
    record(paper.extra, `${name} paper ${index + 1} extra`);
    return paper as unknown as Paper;
  });
}

function toLunrIndex(value: unknown, name: string, papers: readonly Paper[]): lunr.Index {
  const serialized = record(value, name);
  for (const key of ['fields', 'fieldVectors', 'invertedIndex', 'pipeline']) {
    if (!Array.isArray(serialized[key])) throw new Error(`${name} is corrupt (${key} is missing)`);
  }
  for (const entry of serialized.invertedIndex as unknown[]) {
    const [term, posting] = Array.isArray(entry) ? entry : [];
    if (typeof term !== 'string' || typeof posting !== 'object' || posting === null || typeof (posting as { _index?: unknown })._index !== 'number') {
      throw new Error(`${name} is corrupt (bad term entry)`);
    }
  }
  for (const entry of serialized.fieldVectors as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error(`${name} is corrupt (bad document vector)`);
  }
  if (serialized.version !== lunr.version) throw new Error(`${name} was written by lunr ${String(serialized.version)}, expected ${lunr.version}`);
  let index: lunr.Index;
  try {
    index = lunr.Index.load(serialized);
  } catch (error) {
    throw new Error(`${name} is corrupt (${error instanceof Error ? error.message : String(error)})`);
  }
  // Every document the index can return must map back to a paper.
  const ids = new Set(papers.map((paper) => paper.id));
  for (const [fieldRef] of serialized.fieldVectors as [string][]) {
    if (!ids.has(fieldRef.slice(fieldRef.indexOf('/') + 1))) throw new Error(`${name} does not match its papers (unknown document ${fieldRef})`);
  }
  return index;
}

function toVocabulary(value: unknown, name: string): Vocabulary {
  const serialized = record(value, name);
  const { words, terms, counts } = serialized;
  const isTextArray = (array: unknown): array is string[] => Array.isArray(array) && array.every((item) => typeof item === 'string');
  if (!isTextArray(words) || !isTextArray(terms) || !Array.isArray(counts) || !counts.every((count) => Number.isInteger(count))) {
    throw new Error(`${name} is corrupt (expected words, terms and counts)`);
  }
  try {
    return new Vocabulary(words, terms, counts as number[]);
  } catch (error) {
    throw new Error(`${name} is corrupt (${error instanceof Error ? error.message : String(error)})`);
  }
}
