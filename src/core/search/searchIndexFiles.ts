import lunr from 'lunr';
import type { Paper } from '../dataset/paper';
import { buildSearchIndex } from './buildSearchIndex';
import type { SearchIndex } from './buildSearchIndex';

/** Bumped whenever the files change shape; a loader refuses any other version. */
export const SEARCH_INDEX_FORMAT_VERSION = 1;
/** Identifies our files, so a foreign JSON file is refused instead of misread. */
export const SEARCH_INDEX_FORMAT_NAME = 'paper-lookup-search-index';
/** Read first; names the other files, so a later format can add or split files without a new entry point. */
export const SEARCH_INDEX_MANIFEST = 'manifest.json';

export interface SearchIndexManifest {
  readonly format: typeof SEARCH_INDEX_FORMAT_NAME;
  readonly formatVersion: number;
  readonly lunrVersion: string;
  readonly paperCount: number;
  readonly files: { readonly papers: string; readonly lunr: string; readonly vocabulary: string };
}

/** Surface words with their index terms and document counts, as parallel arrays. */
export interface SerializedVocabulary {
  readonly words: readonly string[];
  readonly terms: readonly string[];
  readonly counts: readonly number[];
}

/** The files of a search index, by name; the caller writes them wherever it keeps indexes. */
export interface SearchIndexFiles {
  readonly files: Readonly<Record<string, string>>;
}

/** Builds the index for `papers` and returns it as files, ready to ship or cache. */
export function buildSearchIndexFiles(papers: readonly Paper[]): SearchIndexFiles {
  return searchIndexFiles(buildSearchIndex(papers));
}

/** Serialises a built index together with the papers it answers with. */
export function searchIndexFiles(index: SearchIndex): SearchIndexFiles {
  const manifest: SearchIndexManifest = {
    format: SEARCH_INDEX_FORMAT_NAME,
    formatVersion: SEARCH_INDEX_FORMAT_VERSION,
    lunrVersion: lunr.version,
    paperCount: index.papers.length,
    files: { papers: 'papers.json', lunr: 'lunr.json', vocabulary: 'vocabulary.json' },
  };
  const { words, terms, counts } = index.vocabulary;
  const vocabulary: SerializedVocabulary = { words, terms, counts };
  return {
    files: {
      [SEARCH_INDEX_MANIFEST]: JSON.stringify(manifest),
      [manifest.files.papers]: JSON.stringify(index.papers),
      [manifest.files.lunr]: JSON.stringify(index.lunrIndex),
      [manifest.files.vocabulary]: JSON.stringify(vocabulary),
    },
  };
}
