import { createHash } from 'node:crypto';
import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { buildSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';
import { encodePaperColumns } from './paperColumns';
import type { AbstractsEncoding, Pieces } from './paperColumns';

/** Bumped whenever the files change shape; a loader refuses any other version. */
export const SEARCH_INDEX_FORMAT_VERSION = 6;
/** Identifies our files, so a foreign JSON file is refused instead of misread. */
export const SEARCH_INDEX_FORMAT_NAME = 'paper-lookup-search-index';
/** Read first; names the other files, so a later format can add or split files without a new entry point. */
export const SEARCH_INDEX_MANIFEST = 'manifest.json';

/** The parts of the binary file in file order, each found by the [offset, length] the manifest gives. */
export const SEARCH_INDEX_CHUNKS = [
  'terms', 'postingOffsets', 'termFields', 'words', 'wordTerms', 'wordCounts', 'termWordStarts', 'termWords', 'titleRanks', 'titleWordStarts', 'titleWords',
  'papers', 'abstractEnds', 'abstractBlockEnds', 'postings', 'abstracts',
] as const;
export type SearchIndexChunk = (typeof SEARCH_INDEX_CHUNKS)[number];

export interface SearchIndexManifest {
  readonly format: typeof SEARCH_INDEX_FORMAT_NAME;
  readonly formatVersion: number;
  readonly lunrVersion: string;
  readonly paperCount: number;
  readonly files: { readonly index: string };
  /** Byte length and SHA-256 of the whole binary file, so a truncated or damaged index is caught on load. */
  readonly indexBytes: number;
  readonly checksum: string;
  readonly chunks: Readonly<Record<SearchIndexChunk, readonly [offset: number, length: number]>>;
  readonly abstractsEncoding: AbstractsEncoding;
}

/** The files of a search index, by name; the caller writes them wherever it keeps indexes. */
export interface SearchIndexFiles {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
}

/**
 * The same files with the binary one as pieces made when read, each time it is read, for a writer that streams
 * them (see searchIndexParts).
 */
export interface SearchIndexParts {
  readonly files: Readonly<Record<string, string | Iterable<Uint8Array>>>;
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
  const { manifest, pieces } = encodeIndex(index, abstractsEncoding);
  return { files: { [SEARCH_INDEX_MANIFEST]: JSON.stringify(manifest), [manifest.files.index]: joined(pieces, manifest.indexBytes) } };
}

/** The pieces in one buffer of its own (never Node's shared pool: the import worker transfers it). */
function joined(pieces: Iterable<Uint8Array>, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

/**
 * The files of searchIndexFiles with the binary file as its chunks and padding in file order, never joined, and
 * plain abstracts encoded a block at a time as they are written: at 300,000 papers the joined file, or the
 * abstracts in one buffer, would hold a second copy of every abstract while the papers are in memory.
 */
export function searchIndexParts(index: SearchIndex, abstractsEncoding: AbstractsEncoding = 'plain'): SearchIndexParts {
  const { manifest, pieces } = encodeIndex(index, abstractsEncoding);
  return { files: { [SEARCH_INDEX_MANIFEST]: JSON.stringify(manifest), [manifest.files.index]: pieces } };
}

/** The manifest and the binary file's pieces; the pieces are read once here for the checksum. */
function encodeIndex(index: SearchIndex, abstractsEncoding: AbstractsEncoding): { manifest: SearchIndexManifest; pieces: Iterable<Uint8Array> } {
  const encoder = new TextEncoder();
  const papers = encodePaperColumns(index.papers, abstractsEncoding);
  const { postings, vocabulary } = index;
  const parts: Record<SearchIndexChunk, Uint8Array | Pieces> = {
    // Terms and words never hold whitespace (lunr splits on it), so a newline separates them.
    terms: encoder.encode(postings.terms.text),
    postingOffsets: bytesOf(postings.offsets),
    termFields: postings.termFields,
    postings: postings.bytes,
    words: encoder.encode(vocabulary.words.text),
    wordTerms: bytesOf(vocabulary.wordTerms),
    wordCounts: bytesOf(vocabulary.counts),
    termWordStarts: bytesOf(vocabulary.termWords.starts),
    termWords: bytesOf(vocabulary.termWords.words),
    titleRanks: bytesOf(index.titleRanks),
    titleWordStarts: bytesOf(index.titleWords.starts),
    titleWords: bytesOf(index.titleWords.entries),
    papers: papers.meta,
    abstracts: papers.abstracts,
    abstractEnds: bytesOf(papers.abstractEnds),
    abstractBlockEnds: bytesOf(papers.abstractBlockEnds),
  };
  // Every chunk starts at a multiple of 4, so the loader can view the number arrays in place.
  const chunks = {} as Record<SearchIndexChunk, readonly [number, number]>;
  let size = 0;
  for (const name of SEARCH_INDEX_CHUNKS) {
    chunks[name] = [size, parts[name].length];
    size += align4(parts[name].length);
  }
  const pieces: Iterable<Uint8Array> = {
    *[Symbol.iterator]() {
      for (const name of SEARCH_INDEX_CHUNKS) {
        const part = parts[name];
        if (part instanceof Uint8Array) yield part;
        else yield* part;
        yield new Uint8Array(align4(part.length) - part.length);
      }
    },
  };
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);

  const checksum = hash.digest('hex');
  const manifest: SearchIndexManifest = {
    format: SEARCH_INDEX_FORMAT_NAME,
    formatVersion: SEARCH_INDEX_FORMAT_VERSION,
    lunrVersion: lunr.version,
    paperCount: index.papers.length,
    // Named by its content, so a folder can switch to a new index by replacing the manifest alone.
    files: { index: `index-${checksum.slice(0, 16)}.bin` },
    indexBytes: size,
    checksum,
    chunks,
    abstractsEncoding,
  };
  return { manifest, pieces };
}

/**
 * SHA-256 (hex) of every byte: a flipped bit in a posting or an abstract would otherwise give silently wrong
 * results. Node's native hash reads a 33 MB index in about 20 ms, a small part of a cold start.
 */
export function checksumOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function bytesOf(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align4(length: number): number {
  return (length + 3) & ~3;
}
