import lunr from 'lunr';
import { assembleSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';
import { decodePaperColumns } from './paperColumns';
import { PostingIndex } from './postingIndex';
import {
  checksumOf,
  SEARCH_INDEX_CHUNKS,
  SEARCH_INDEX_FORMAT_NAME,
  SEARCH_INDEX_FORMAT_VERSION,
  SEARCH_INDEX_MANIFEST,
} from './searchIndexFiles';
import type { SearchIndexChunk } from './searchIndexFiles';
import { SortedLines } from './sortedLines';
import { STOP_WORDS } from './stopWords';
import { checkTitleWords } from './titleWords';
import { Vocabulary } from './vocabulary';
import { errorText } from '../errorText';

/** Reads one file of an index by name; the extension passes vscode.workspace.fs, the CLI node's fs. */
export type ReadIndexFile = (name: string) => Promise<string | Uint8Array>;

/**
 * Loads an index written by `searchIndexFiles`. Foreign, outdated or corrupt files are refused with an
 * Error whose message says what is wrong, never with a failure deep inside the search.
 */
export async function loadSearchIndex(read: ReadIndexFile): Promise<SearchIndex> {
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

  const content = await readFile(read, name);
  if (typeof content === 'string') throw new Error(`Search index file ${name} is corrupt (expected binary content)`);
  // Typed arrays need 4-byte alignment; a file read into a shared pool may start anywhere.
  const bytes = content.byteOffset % 4 === 0 ? content : content.slice();
  const damaged = new Error(`Search index file ${name} is corrupt (its size or checksum differs from the manifest); rebuild the index`);
  if (bytes.length !== manifest.indexBytes) throw damaged;
  const chunk = chunkReader(bytes, record(manifest.chunks, `${SEARCH_INDEX_MANIFEST} chunks`), name);
  if (checksumOf(bytes) !== manifest.checksum) throw damaged;
  try {
    const decoder = new TextDecoder('utf-8');
    const lines = (part: SearchIndexChunk, count: number, what: string): SortedLines => new SortedLines(decoder.decode(chunk.bytes(part)), count, what);
    const abstractsEncoding = manifest.abstractsEncoding;
    if (abstractsEncoding !== 'plain' && abstractsEncoding !== 'brotli') throw new Error(`unknown abstracts encoding ${String(abstractsEncoding)}`);
    const papers = decodePaperColumns({
      meta: decoder.decode(chunk.bytes('papers')),
      abstracts: chunk.bytes('abstracts'),
      abstractsEncoding,
      abstractEnds: chunk.numbers('abstractEnds'),
      abstractBlockEnds: chunk.numbers('abstractBlockEnds'),
    });
    if (papers.length !== paperCount) throw new Error(`it holds ${papers.length} papers, the manifest says ${String(paperCount)}`);
    const offsets = chunk.numbers('postingOffsets');
    const postings = new PostingIndex(lines('terms', offsets.length - 1, 'index terms'), offsets, chunk.bytes('postings'), papers.length, chunk.bytes('termFields'));
    const wordTerms = chunk.numbers('wordTerms');
    const vocabulary = new Vocabulary(lines('words', wordTerms.length, 'vocabulary words'), wordTerms, chunk.numbers('wordCounts'), postings.terms, {
      starts: chunk.numbers('termWordStarts'),
      words: chunk.numbers('termWords'),
    });
    const titleWords = { starts: chunk.numbers('titleWordStarts'), entries: chunk.numbers('titleWords') };
    checkTitleWords(titleWords, papers.length, vocabulary.words.length, STOP_WORDS.length);
    return assembleSearchIndex(papers, postings, vocabulary, chunk.numbers('titleRanks'), titleWords);
  } catch (error) {
    throw new Error(`Search index file ${name} is corrupt (${errorText(error)})`);
  }
}

interface ChunkReader {
  bytes(part: SearchIndexChunk): Uint8Array;
  numbers(part: SearchIndexChunk): Uint32Array;
}

/** The chunks as the manifest places them: in file order, each at the next multiple of 4, all inside the file. */
function chunkReader(bytes: Uint8Array, table: Record<string, unknown>, name: string): ChunkReader {
  const ranges = {} as Record<SearchIndexChunk, [number, number]>;
  let next = 0;
  for (const part of SEARCH_INDEX_CHUNKS) {
    const range = table[part];
    const [offset, length] = Array.isArray(range) ? (range as unknown[]) : [];
    if (offset !== next || typeof length !== 'number' || !Number.isInteger(length) || length < 0 || offset + length > bytes.length) {
      throw new Error(`${SEARCH_INDEX_MANIFEST} is corrupt (bad range for ${part} in ${name})`);
    }
    ranges[part] = [offset, length];
    next = offset + ((length + 3) & ~3);
  }
  return {
    bytes: (part) => {
      const [offset, length] = ranges[part];
      return bytes.subarray(offset, offset + length);
    },
    numbers: (part) => {
      const [offset, length] = ranges[part];
      if (length % 4 !== 0) throw new Error(`${part} is not a whole number of 32-bit values`);
      return new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length / 4);
    },
  };
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
