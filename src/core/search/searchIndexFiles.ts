import { createHash } from 'node:crypto';
import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { buildSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';
import { blockChecksums, INDEX_BLOCK_BYTES } from './checkedIndexFile';
import { encodePaperColumns } from './paperColumns';
import type { AbstractsEncoding, Pieces } from './paperColumns';

/** Bumped whenever the files change shape; a loader refuses any other version. */
export const SEARCH_INDEX_FORMAT_VERSION = 10;
/** Identifies our files, so a foreign JSON file is refused instead of misread. */
export const SEARCH_INDEX_FORMAT_NAME = 'paper-lookup-search-index';
/** Read first; names the other files, so a later format can add or split files without a new entry point. */
export const SEARCH_INDEX_MANIFEST = 'manifest.json';

/**
 * The parts of the binary file in file order, each found by the [offset, length] the manifest gives. The
 * parts every search needs come first and are read (and checked) at load; SEARCH_INDEX_LAZY_CHUNKS, most of
 * the file, are read by range as a search reaches them.
 */
export const SEARCH_INDEX_CHUNKS = [
  'termBlockStarts', 'termBlockKeys', 'postingOffsets', 'termFields',
  'wordBlockStarts', 'wordBlockKeys', 'wordTerms', 'wordCounts', 'termWordStarts', 'termWords', 'titleRanks', 'titleWordStarts', 'titleWords',
  'paperCodeTables', 'paperCodes', 'firstAuthorNameBlockStarts', 'firstAuthorNameBlockKeys', 'firstAuthorDocStarts', 'firstAuthorDocs',
  'paperDetailEnds', 'abstractEnds', 'abstractBlockEnds',
  'terms', 'words', 'firstAuthorNames', 'paperDetails', 'postings', 'abstracts',
] as const;
export type SearchIndexChunk = (typeof SEARCH_INDEX_CHUNKS)[number];
/** Terms, words and family names are read a block of lines at a time (see LineBlocks). */
export const SEARCH_INDEX_LAZY_CHUNKS: readonly SearchIndexChunk[] = ['terms', 'words', 'firstAuthorNames', 'paperDetails', 'postings', 'abstracts'];

export interface SearchIndexManifest {
  readonly format: typeof SEARCH_INDEX_FORMAT_NAME;
  readonly formatVersion: number;
  readonly lunrVersion: string;
  readonly paperCount: number;
  readonly files: { readonly index: string };
  /** Byte length of the binary file, so a truncated one is refused at load. */
  readonly indexBytes: number;
  /** INDEX_BLOCK_BYTES, and the CRC-32 of each block of the binary file (little-endian, base64): every read is checked. */
  readonly blockBytes: number;
  readonly blockChecksums: string;
  readonly chunks: Readonly<Record<SearchIndexChunk, readonly [offset: number, length: number]>>;
  readonly abstractsEncoding: AbstractsEncoding;
}

/** The files of a search index, by name; the caller writes them wherever it keeps indexes. */
export interface SearchIndexFiles {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
}

/** The same files with the binary one as Pieces, made as a writer streams them (see searchIndexParts). */
export interface SearchIndexParts {
  readonly files: Readonly<Record<string, string | Pieces>>;
}

/** Builds the index for `papers` and returns it as files, ready to ship or cache. */
export function buildSearchIndexFiles(papers: readonly Paper[], abstractsEncoding: AbstractsEncoding = 'plain'): SearchIndexFiles {
  return searchIndexFiles(buildSearchIndex(papers), abstractsEncoding);
}

/**
 * Serialises a built index together with the papers it answers with: a JSON manifest and one binary
 * file of typed arrays and UTF-8 text, which loads without parsing lunr's verbose JSON.
 */
export function searchIndexFiles(index: SearchIndex, abstractsEncoding: AbstractsEncoding = 'plain'): SearchIndexFiles {
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, content] of Object.entries(searchIndexParts(index, abstractsEncoding).files)) files[name] = typeof content === 'string' ? content : joined(content);
  return { files };
}

/** The pieces in one buffer of its own (never Node's shared pool: the import worker transfers it), filled as they are made. */
function joined(pieces: Pieces): Uint8Array {
  const bytes = new Uint8Array(pieces.byteLength);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

/**
 * The files of searchIndexFiles with the binary file as Pieces: its chunks and padding in file order, never
 * joined, the plain abstracts encoded a block at a time each time they are read (once for the checksums, once
 * as the file is written). At 300,000 papers one buffer would hold a second copy of every abstract while the
 * papers are in memory.
 */
export function searchIndexParts(index: SearchIndex, abstractsEncoding: AbstractsEncoding = 'plain'): SearchIndexParts {
  const encoder = new TextEncoder();
  const papers = encodePaperColumns(index.papers, abstractsEncoding);
  const { postings, vocabulary } = index;
  // Terms and words never hold whitespace (lunr splits on it), so a newline separates them.
  const terms = postings.terms.encode();
  const words = vocabulary.words.encode();
  const parts: Record<SearchIndexChunk, Uint8Array | Pieces> = {
    terms: terms.text,
    termBlockStarts: bytesOf(terms.blockStarts),
    termBlockKeys: encoder.encode(terms.blockKeys),
    postingOffsets: bytesOf(postings.offsets),
    termFields: postings.termFields,
    postings: postings.bytes.read(0, postings.bytes.length),
    words: words.text,
    wordBlockStarts: bytesOf(words.blockStarts),
    wordBlockKeys: encoder.encode(words.blockKeys),
    wordTerms: bytesOf(vocabulary.wordTerms),
    wordCounts: bytesOf(vocabulary.counts),
    termWordStarts: bytesOf(vocabulary.termWords.starts),
    termWords: bytesOf(vocabulary.termWords.words),
    titleRanks: bytesOf(index.titleRanks),
    titleWordStarts: bytesOf(index.titleWords.starts),
    titleWords: bytesOf(index.titleWords.entries),
    paperCodeTables: encoder.encode(papers.codeTables),
    paperCodes: papers.codes,
    firstAuthorNames: papers.firstAuthors.names,
    firstAuthorNameBlockStarts: bytesOf(papers.firstAuthors.nameBlockStarts),
    firstAuthorNameBlockKeys: encoder.encode(papers.firstAuthors.nameBlockKeys),
    firstAuthorDocStarts: bytesOf(papers.firstAuthors.docStarts),
    firstAuthorDocs: bytesOf(papers.firstAuthors.docs),
    paperDetailEnds: bytesOf(papers.detailEnds),
    paperDetails: papers.details,
    abstracts: papers.abstracts,
    abstractEnds: bytesOf(papers.abstractEnds),
    abstractBlockEnds: bytesOf(papers.abstractBlockEnds),
  };
  // Every chunk starts at a multiple of 4, so the loader can view the number arrays in place.
  const chunks = {} as Record<SearchIndexChunk, readonly [number, number]>;
  let size = 0;
  for (const name of SEARCH_INDEX_CHUNKS) {
    const part = parts[name];
    const length = part instanceof Uint8Array ? part.length : part.byteLength;
    chunks[name] = [size, length];
    size += align4(length);
  }
  const file: Pieces = {
    byteLength: size,
    *[Symbol.iterator]() {
      for (const name of SEARCH_INDEX_CHUNKS) {
        const part = parts[name];
        if (part instanceof Uint8Array) yield part;
        else yield* part;
        const length = chunks[name][1];
        if (align4(length) > length) yield new Uint8Array(align4(length) - length);
      }
    },
  };

  const checksums = blockChecksums(file);
  const checksumBytes = Buffer.from(checksums.buffer, checksums.byteOffset, checksums.byteLength);
  const manifest: SearchIndexManifest = {
    format: SEARCH_INDEX_FORMAT_NAME,
    formatVersion: SEARCH_INDEX_FORMAT_VERSION,
    lunrVersion: lunr.version,
    paperCount: index.papers.length,
    // Named by its content, so a folder can switch to a new index by replacing the manifest alone.
    files: { index: `index-${createHash('sha256').update(checksumBytes).digest('hex').slice(0, 16)}.bin` },
    indexBytes: size,
    blockBytes: INDEX_BLOCK_BYTES,
    blockChecksums: checksumBytes.toString('base64'),
    chunks,
    abstractsEncoding,
  };
  return { files: { [SEARCH_INDEX_MANIFEST]: JSON.stringify(manifest), [manifest.files.index]: file } };
}

function bytesOf(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align4(length: number): number {
  return (length + 3) & ~3;
}
