import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Paper } from '../src/core/dataset/paper';
import { loadSearchIndex } from '../src/core/search/loadSearchIndex';
import { parseQuery } from '../src/core/search/parseQuery';
import type { ParsedQuery } from '../src/core/search/parseQuery';
import { buildSearchIndexFiles } from '../src/core/search/searchIndexFiles';
import { searchPapers } from '../src/core/search/searchPapers';

/** Answers a query of a kind with the ids of the hits, best first. */
export type Searcher = (query: string, kind: string) => readonly string[];

/** One engine under test: how it builds its files and how a fresh process loads and queries them. */
export interface BenchEngine {
  readonly name: string;
  build(papers: readonly Paper[]): Record<string, string | Uint8Array> | Promise<Record<string, string | Uint8Array>>;
  load(directory: string, papers: readonly Paper[]): Promise<Searcher>;
}

/** The title boost people usually give lunr; the baseline is lunr as its documentation shows it. */
const BASELINE_TITLE_BOOST = 10;
/** What the quick pick asks for. */
const RESULT_LIMIT = 50;
/** Every engine indexes the same four texts of a paper. */
const FIELDS = ['title', 'abstract', 'authors', 'keywords'] as const;

function documentOf(paper: Paper): Record<(typeof FIELDS)[number] | 'id', string> {
  return { id: paper.id, title: paper.title, abstract: paper.abstract, authors: paper.authors.join(', '), keywords: paper.keywords.join(', ') };
}

export const BASELINE_ENGINE: BenchEngine = {
  name: 'plain lunr',
  build(papers) {
    const index = lunr(function () {
      this.ref('id');
      this.field('title', { boost: BASELINE_TITLE_BOOST });
      this.field('abstract');
      this.field('authors');
      this.field('keywords');
      for (const paper of papers) this.add(documentOf(paper));
    });
    return { 'lunr.json': JSON.stringify(index) };
  },
  async load(directory, papers) {
    const index = lunr.Index.load(JSON.parse(await readFile(path.join(directory, 'lunr.json'), 'utf8')) as object);
    const byId = new Map(papers.map((paper) => [paper.id, paper]));
    return (query, kind) => {
      // Filters are not lunr syntax: an app on plain lunr searches the words and filters the hits.
      const { words, filtered } = wordsAndFilter(query, byId);
      try {
        return filtered(index.search(lunrSyntax(words, kind)).map((result) => result.ref));
      } catch {
        // lunr's query parser throws on some input; for the baseline that is simply no result.
        return [];
      }
    };
  },
};

/** MiniSearch as its documentation sets it up for search as you type: prefix and fuzzy matching, titles boosted. */
const MINISEARCH_OPTIONS = { fields: [...FIELDS], searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 } };

export const MINISEARCH_ENGINE: BenchEngine = {
  name: 'MiniSearch',
  build(papers) {
    const index = new MiniSearch(MINISEARCH_OPTIONS);
    index.addAll(papers.map(documentOf));
    return { 'minisearch.json': JSON.stringify(index) };
  },
  async load(directory, papers) {
    const index = MiniSearch.loadJSON(await readFile(path.join(directory, 'minisearch.json'), 'utf8'), MINISEARCH_OPTIONS);
    const byId = new Map(papers.map((paper) => [paper.id, paper]));
    return (query) => {
      const { words, filtered } = wordsAndFilter(query, byId);
      return filtered(index.search(words).map((result) => String(result.id)));
    };
  },
};

/** FlexSearch's document index with forward (prefix) tokens; `suggest` so that a word no field has does not empty the result. */
const FLEXSEARCH_OPTIONS: FlexSearch.IndexOptionsForDocumentSearch<unknown, false> = { tokenize: 'forward', document: { id: 'id', index: [...FIELDS] } };
/** FlexSearch answers per field; its results are merged by reciprocal rank, titles counting double. */
const FLEXSEARCH_FIELD_WEIGHTS: ReadonlyMap<string, number> = new Map([['title', 2]]);

export const FLEXSEARCH_ENGINE: BenchEngine = {
  name: 'FlexSearch',
  async build(papers) {
    const index = new FlexSearch.Document(FLEXSEARCH_OPTIONS);
    for (const paper of papers) index.add(documentOf(paper));
    const parts: Record<string, string> = {};
    await index.export((key, data) => {
      // FlexSearch hands over undefined for parts it does not have.
      if (data !== undefined) parts[String(key)] = data as string;
    });
    return { 'flexsearch.json': JSON.stringify(parts) };
  },
  async load(directory, papers) {
    const index = new FlexSearch.Document(FLEXSEARCH_OPTIONS);
    const parts = JSON.parse(await readFile(path.join(directory, 'flexsearch.json'), 'utf8')) as Record<string, string>;
    for (const [key, data] of Object.entries(parts)) await index.import(key, data);
    const byId = new Map(papers.map((paper) => [paper.id, paper]));
    return (query) => {
      const { words, filtered } = wordsAndFilter(query, byId);
      const scores = new Map<string, number>();
      for (const { field, result } of index.search(words, { limit: RESULT_LIMIT, suggest: true })) {
        const weight = FLEXSEARCH_FIELD_WEIGHTS.get(String(field)) ?? 1;
        result.forEach((id, rank) => scores.set(String(id), (scores.get(String(id)) ?? 0) + weight / (rank + 1)));
      }
      return filtered([...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id));
    };
  },
};

export const OUR_ENGINE: BenchEngine = {
  name: 'ours',
  build: (papers) => ({ ...buildSearchIndexFiles(papers).files }),
  async load(directory) {
    const index = await loadSearchIndex((name) => readFile(path.join(directory, name)));
    return (query) => searchPapers(index, query, { limit: RESULT_LIMIT }).hits.map((hit) => hit.paper.id);
  },
};

/** Ours last: the table compares the last engine with the first. */
export const BENCH_ENGINES: readonly BenchEngine[] = [BASELINE_ENGINE, MINISEARCH_ENGINE, FLEXSEARCH_ENGINE, OUR_ENGINE];

/**
 * Filters are not the other engines' syntax: an app built on them searches the words and filters the hits
 * by year and decision afterwards.
 */
function wordsAndFilter(query: string, byId: ReadonlyMap<string, Paper>): { words: string; filtered: (ids: string[]) => string[] } {
  const parsed = parseQuery(query);
  if (parsed.years.length === 0 && parsed.tiers.length === 0) return { words: query, filtered: (ids) => ids };
  return { words: parsed.words.map((word) => word.text).join(' '), filtered: (ids) => ids.filter((id) => passes(byId.get(id), parsed)) };
}

/**
 * What a user of plain lunr types for the same intent, in lunr's own syntax: a trailing `*` on the
 * word being typed, `~1` on longer words for typos. Without them plain lunr finds neither.
 */
function lunrSyntax(query: string, kind: string): string {
  const words = query.split(/\s+/).filter((word) => word !== '');
  if (kind === 'prefix' || kind === 'titleStart') return words.map((word, i) => (i === words.length - 1 ? `${word}*` : word)).join(' ');
  if (kind === 'typo') return words.map((word) => (word.length >= 5 ? `${word}~1` : word)).join(' ');
  return query;
}

function passes(paper: Paper | undefined, query: ParsedQuery): boolean {
  if (!paper) return false;
  const year = paper.year;
  if (query.years.length > 0 && (year === undefined || !query.years.some((range) => range.from <= year && year <= range.to))) return false;
  return query.tiers.length === 0 || query.tiers.includes(paper.tier);
}
