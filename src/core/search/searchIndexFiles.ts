import { createHash } from 'node:crypto';
import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { buildSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';
import { encodePaperColumns } from './paperColumns';

/** Bumped whenever the files change shape; a loader refuses any other version. */
export const SEARCH_INDEX_FORMAT_VERSION = 3;
/** Identifies our files, so a foreign JSON file is refused instead of misread. */
export const SEARCH_INDEX_FORMAT_NAME = 'paper-lookup-search-index';
/** Read first; names the other files, so a later format can add or split files without a new entry point. */
export const SEARCH_INDEX_MANIFEST = 'manifest.json';

/**
 * The parts of the binary file in file order, each found by the [offset, length] the manifest gives. The
 * checksum covers the chunks before the postings.
 */
export const SEARCH_INDEX_CHUNKS = ['terms', 'postingOffsets', 'words', 'wordTerms', 'wordCounts', 'termWordStarts', 'termWords', 'titleRanks', 'papers', 'abstractEnds', 'postings', 'abstracts'] as const;
export type SearchIndexChunk = (typeof SEARCH_INDEX_CHUNKS)[number];
const FIRST_UNCHECKED_CHUNK: SearchIndexChunk = 'postings';

export interface SearchIndexManifest {
  readonly format: typeof SEARCH_INDEX_FORMAT_NAME;
  readonly formatVersion: number;
  readonly lunrVersion: string;
  readonly paperCount: number;
  readonly files: { readonly index: string };
  /** Byte length and checksum of the binary file, so a truncated or damaged cache is caught on load. */
  readonly indexBytes: number;
  readonly checksum: string;
  readonly chunks: Readonly<Record<SearchIndexChunk, readonly [offset: number, length: number]>>;
}

/** The files of a search index, by name; the caller writes them wherever it keeps indexes. */
export interface SearchIndexFiles {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
}

/** Builds the index for `papers` and returns it as files, ready to ship or cache. */
export function buildSearchIndexFiles(papers: readonly Paper[]): SearchIndexFiles {
  return searchIndexFiles(buildSearchIndex(papers));
}

/**
 * Serialises a built index together with the papers it answers with: a JSON manifest and one binary
 * file of typed arrays and UTF-8 text, which loads without parsing lunr's verbose JSON.
 */
export function searchIndexFiles(index: SearchIndex): SearchIndexFiles {
  const encoder = new TextEncoder();
  const papers = encodePaperColumns(index.papers);
  const { postings, vocabulary } = index;
  const parts: Record<SearchIndexChunk, Uint8Array> = {
    // Terms and words never hold whitespace (lunr splits on it), so a newline separates them.
    terms: encoder.encode(postings.terms.text),
    postingOffsets: bytesOf(postings.offsets),
    postings: postings.bytes,
    words: encoder.encode(vocabulary.words.text),
    wordTerms: bytesOf(vocabulary.wordTerms),
    wordCounts: bytesOf(vocabulary.counts),
    termWordStarts: bytesOf(vocabulary.termWords.starts),
    termWords: bytesOf(vocabulary.termWords.words),
    titleRanks: bytesOf(index.titleRanks),
    papers: encoder.encode(papers.meta),
    abstracts: papers.abstracts,
    abstractEnds: bytesOf(papers.abstractEnds),
  };
  // Every chunk starts at a multiple of 4, so the loader can view the number arrays in place.
  const chunks = {} as Record<SearchIndexChunk, readonly [number, number]>;
  let size = 0;
  for (const name of SEARCH_INDEX_CHUNKS) {
    chunks[name] = [size, parts[name].length];
    size += align4(parts[name].length);
  }
  const bytes = new Uint8Array(size);
  for (const name of SEARCH_INDEX_CHUNKS) bytes.set(parts[name], chunks[name][0]);

  const manifest: SearchIndexManifest = {
    format: SEARCH_INDEX_FORMAT_NAME,
    formatVersion: SEARCH_INDEX_FORMAT_VERSION,
    lunrVersion: lunr.version,
    paperCount: index.papers.length,
    files: { index: 'index.bin' },
    indexBytes: size,
    checksum: checksumOf(bytes, chunks),
    chunks,
  };
  return { files: { [SEARCH_INDEX_MANIFEST]: JSON.stringify(manifest), [manifest.files.index]: bytes } };
}

/**
 * SHA-256 (hex) of the chunks before the postings: every chunk but the postings and the abstracts, a fifth
 * of the bytes. Damage in those two cannot break a search: a posting is decoded with bounds checks and stops
 * at the damage, a garbled abstract is only a garbled text, and their lengths and offsets are checked on
 * load. Node's native hash takes a few milliseconds where a JavaScript loop took tens on a cold start.
 */
export function checksumOf(bytes: Uint8Array, chunks: Readonly<Record<SearchIndexChunk, readonly [offset: number, length: number]>>): string {
  return createHash('sha256').update(bytes.subarray(0, chunks[FIRST_UNCHECKED_CHUNK][0])).digest('hex');
}

function bytesOf(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align4(length: number): number {
  return (length + 3) & ~3;
}
