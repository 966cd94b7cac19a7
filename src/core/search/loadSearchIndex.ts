import lunr from 'lunr';
import { assembleSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';
import { byteRange, memoryBytes } from './byteSource';
import type { ByteSource } from './byteSource';
import { checkedIndexFile, DamagedIndexError, INDEX_BLOCK_BYTES } from './checkedIndexFile';
import { decodePaperColumns } from './paperColumns';
import { PostingIndex } from './postingIndex';
import {
  SEARCH_INDEX_CHUNKS,
  SEARCH_INDEX_LAZY_CHUNKS,
  SEARCH_INDEX_FORMAT_NAME,
  SEARCH_INDEX_FORMAT_VERSION,
  SEARCH_INDEX_MANIFEST,
} from './searchIndexFiles';
import type { SearchIndexChunk } from './searchIndexFiles';
import { SortedLines } from './sortedLines';
import { STOP_WORDS } from './stopWords';
import { checkedTitleWords } from './titleWords';
import { Vocabulary } from './vocabulary';
import { errorText } from '../errorText';

/** Reads one file of an index by name; the extension passes vscode.workspace.fs, the CLI node's fs. */
export type ReadIndexFile = (name: string) => Promise<string | Uint8Array>;

export interface LoadOptions {
  /**
   * Opens the binary file for reads by range, as the CLI does with a file descriptor: only what searches
   * reach is ever read. Without it the file is read whole with `read` and its blocks checked as they are used.
   */
  readonly open?: (name: string) => Promise<ByteSource>;
  /** Where the index is (its folder), named in errors. */
  readonly location?: string;
  /**
   * Told once when a part read after loading fails its check, just before the read throws: the extension
   * deletes and rebuilds a cached index then.
   */
  readonly onDamage?: (error: DamagedIndexError) => void;
}

/**
 * Loads an index written by `searchIndexFiles`. Foreign, outdated or corrupt files are refused with an
 * Error whose message says what is wrong, never with a failure deep inside the search. Only the parts every
 * search needs are read (and checked) here; postings, paper details and abstracts are read by range when a
 * search first reaches them, and checked then: a damaged block throws a DamagedIndexError, never a wrong result.
 */
export async function loadSearchIndex(read: ReadIndexFile, options: LoadOptions = {}): Promise<SearchIndex> {
  const manifest = record(parseJson(await readFile(read, SEARCH_INDEX_MANIFEST), SEARCH_INDEX_MANIFEST), SEARCH_INDEX_MANIFEST);
  if (manifest.format !== SEARCH_INDEX_FORMAT_NAME) throw new Error(`${SEARCH_INDEX_MANIFEST} is not a Paper Lookup search index`);
  if (manifest.formatVersion !== SEARCH_INDEX_FORMAT_VERSION) {
    throw new Error(`Search index format ${String(manifest.formatVersion)} is not supported (expected ${SEARCH_INDEX_FORMAT_VERSION}); rebuild the index`);
  }
  if (manifest.lunrVersion !== lunr.version) {
    throw new Error(`Search index was built with lunr ${String(manifest.lunrVersion)}, this build uses ${lunr.version}; rebuild the index`);
  }
  const name = record(manifest.files, `${SEARCH_INDEX_MANIFEST} files`).index;
  if (typeof name !== 'string' || name === '') throw new Error(`${SEARCH_INDEX_MANIFEST} does not name its index file`);
  const paperCount = manifest.paperCount;
  if (!Number.isInteger(paperCount)) throw new Error(`${SEARCH_INDEX_MANIFEST} is corrupt (paperCount is not a number)`);
  const abstractsEncoding = manifest.abstractsEncoding;
  if (abstractsEncoding !== 'plain' && abstractsEncoding !== 'brotli') throw new Error(`Search index file ${name} is corrupt (unknown abstracts encoding ${String(abstractsEncoding)})`);

  const where = options.location === undefined ? name : `${name} in ${options.location}`;
  let loaded = false;
  let reported = false;
  const damaged = (what: string): DamagedIndexError => {
    const error = new DamagedIndexError(`Search index file ${where} is corrupt (${what}); rebuild the index`);
    if (loaded && !reported) {
      reported = true;
      options.onDamage?.(error);
    }
    return error;
  };
  const file = await openFile(read, options.open, name);
  if (file.length !== manifest.indexBytes) throw damaged(`it holds ${file.length} bytes, the manifest says ${String(manifest.indexBytes)}`);
  const checked = checkedIndexFile(file, blockChecksumsOf(manifest, file.length), damaged);
  const ranges = chunkRanges(record(manifest.chunks, `${SEARCH_INDEX_MANIFEST} chunks`), file.length, name);
  const lazy = (part: SearchIndexChunk): ByteSource => byteRange(checked, ...ranges[part]);
  // The parts read at load come first in the file: one read, checked once.
  const eager = checked.read(0, ranges[SEARCH_INDEX_LAZY_CHUNKS[0]!][0]);
  const bytes = (part: SearchIndexChunk): Uint8Array => eager.subarray(ranges[part][0], ranges[part][0] + ranges[part][1]);
  const numbers = (part: SearchIndexChunk): Uint32Array => {
    const [offset, length] = ranges[part];
    if (length % 4 !== 0) throw new Error(`${part} is not a whole number of 32-bit values`);
    return new Uint32Array(eager.buffer, eager.byteOffset + offset, length / 4);
  };
  try {
    const decoder = new TextDecoder('utf-8');
    const text = (part: SearchIndexChunk): string => decoder.decode(bytes(part));
    // Read a block of lines at a time, their order checked then, like the lazy chunks' checksums.
    const lines = (part: 'terms' | 'words', count: number, what: string): SortedLines => {
      const source = lazy(part);
      const blocks = part === 'terms' ? { blockStarts: numbers('termBlockStarts'), blockKeys: text('termBlockKeys') } : { blockStarts: numbers('wordBlockStarts'), blockKeys: text('wordBlockKeys') };
      return SortedLines.stored(count, { ...blocks, length: source.length, read: (start, end) => source.read(start, end) }, what, damaged);
    };
    const papers = decodePaperColumns(
      {
        codeTables: text('paperCodeTables'),
        codes: bytes('paperCodes'),
        firstAuthors: {
          names: lazy('firstAuthorNames'),
          nameBlockStarts: numbers('firstAuthorNameBlockStarts'),
          nameBlockKeys: text('firstAuthorNameBlockKeys'),
          docStarts: numbers('firstAuthorDocStarts'),
          docs: numbers('firstAuthorDocs'),
        },
        details: lazy('paperDetails'),
        detailEnds: numbers('paperDetailEnds'),
        abstracts: lazy('abstracts'),
        abstractsEncoding,
        abstractEnds: numbers('abstractEnds'),
        abstractBlockEnds: numbers('abstractBlockEnds'),
      },
      damaged,
    );
    if (papers.count !== paperCount) throw new Error(`it holds ${papers.count} papers, the manifest says ${String(paperCount)}`);
    const offsets = numbers('postingOffsets');
    const postings = new PostingIndex(lines('terms', offsets.length - 1, 'index terms'), offsets, lazy('postings'), papers.count, bytes('termFields'));
    const wordTerms = numbers('wordTerms');
    const vocabulary = new Vocabulary(lines('words', wordTerms.length, 'vocabulary words'), wordTerms, numbers('wordCounts'), postings.terms, {
      starts: numbers('termWordStarts'),
      words: numbers('termWords'),
    });
    const titleWords = checkedTitleWords({ starts: numbers('titleWordStarts'), entries: numbers('titleWords') }, papers.count, vocabulary.words.length, STOP_WORDS.length, damaged);
    const index = assembleSearchIndex(papers, postings, vocabulary, numbers('titleRanks'), titleWords);
    loaded = true;
    return index;
  } catch (error) {
    throw new Error(`Search index file ${name} is corrupt (${errorText(error)})`);
  }
}

/** The manifest's block checksums, one per INDEX_BLOCK_BYTES of a file of `size` bytes. */
function blockChecksumsOf(manifest: Record<string, unknown>, size: number): Uint32Array {
  const encoded = manifest.blockChecksums;
  if (manifest.blockBytes !== INDEX_BLOCK_BYTES || typeof encoded !== 'string') throw new Error(`${SEARCH_INDEX_MANIFEST} is corrupt (no block checksums)`);
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== Math.ceil(size / INDEX_BLOCK_BYTES) * 4) throw new Error(`${SEARCH_INDEX_MANIFEST} is corrupt (its block checksums do not fit the file)`);
  // A copy of its own: the decoded buffer may sit unaligned in Node's shared pool.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** The chunks as the manifest places them: in file order, each at the next multiple of 4, together filling the file. */
function chunkRanges(table: Record<string, unknown>, size: number, name: string): Record<SearchIndexChunk, [number, number]> {
  const ranges = {} as Record<SearchIndexChunk, [number, number]>;
  let next = 0;
  for (const part of SEARCH_INDEX_CHUNKS) {
    const range = table[part];
    const [offset, length] = Array.isArray(range) ? (range as unknown[]) : [];
    if (offset !== next || typeof length !== 'number' || !Number.isInteger(length) || length < 0 || offset + length > size) {
      throw new Error(`${SEARCH_INDEX_MANIFEST} is corrupt (bad range for ${part} in ${name})`);
    }
    ranges[part] = [offset, length];
    next = offset + ((length + 3) & ~3);
  }
  if (next !== size) throw new Error(`${SEARCH_INDEX_MANIFEST} is corrupt (its chunks do not fill ${name})`);
  return ranges;
}

async function openFile(read: ReadIndexFile, open: LoadOptions['open'], name: string): Promise<ByteSource> {
  if (open !== undefined) {
    try {
      return await open(name);
    } catch (error) {
      throw new Error(`Cannot read search index file ${name}: ${errorText(error)}`);
    }
  }
  const content = await readFile(read, name);
  if (typeof content === 'string') throw new Error(`Search index file ${name} is corrupt (expected binary content)`);
  return memoryBytes(content);
}

async function readFile(read: ReadIndexFile, name: string): Promise<string | Uint8Array> {
  try {
    return await read(name);
  } catch (error) {
    throw new Error(`Cannot read search index file ${name}: ${errorText(error)}`);
  }
}

function parseJson(content: string | Uint8Array, name: string): unknown {
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
