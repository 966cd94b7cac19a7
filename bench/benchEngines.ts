import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import lunr from 'lunr';
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
  build(papers: readonly Paper[]): Record<string, string | Uint8Array>;
  load(directory: string, papers: readonly Paper[]): Promise<Searcher>;
}

/** The title boost people usually give lunr; the baseline is lunr as its documentation shows it. */
const BASELINE_TITLE_BOOST = 10;
/** What the quick pick asks for. */
const RESULT_LIMIT = 50;

export const BASELINE_ENGINE: BenchEngine = {
  name: 'plain lunr',
  build(papers) {
    const index = lunr(function () {
      this.ref('id');
      this.field('title', { boost: BASELINE_TITLE_BOOST });
      this.field('abstract');
      for (const paper of papers) this.add({ id: paper.id, title: paper.title, abstract: paper.abstract });
    });
    return { 'lunr.json': JSON.stringify(index) };
  },
  async load(directory, papers) {
    const index = lunr.Index.load(JSON.parse(await readFile(path.join(directory, 'lunr.json'), 'utf8')));
    const byId = new Map(papers.map((paper) => [paper.id, paper]));
    return (query, kind) => {
      // Filters are not lunr syntax: an app on plain lunr searches the words and filters the hits.
      const parsed = parseQuery(query);
      const hasFilters = parsed.years.length > 0 || parsed.tiers.length > 0;
      try {
        const refs = index.search(lunrSyntax(hasFilters ? parsed.words.map((word) => word.text).join(' ') : query, kind)).map((result) => result.ref);
        return hasFilters ? refs.filter((ref) => passes(byId.get(ref), parsed)) : refs;
      } catch {
        // lunr's query parser throws on some input; for the baseline that is simply no result.
        return [];
      }
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

export const BENCH_ENGINES: readonly BenchEngine[] = [BASELINE_ENGINE, OUR_ENGINE];

/**
 * What a user of plain lunr types for the same intent, in lunr's own syntax: a trailing `*` on the
 * word being typed, `~1` on longer words for typos. Without them plain lunr finds neither.
 */
function lunrSyntax(query: string, kind: string): string {
  const words = query.split(/\s+/).filter((word) => word !== '');
  if (kind === 'prefix' || kind === 'asYouType') return words.map((word, i) => (i === words.length - 1 ? `${word}*` : word)).join(' ');
  if (kind === 'typo') return words.map((word) => (word.length >= 5 ? `${word}~1` : word)).join(' ');
  return query;
}

function passes(paper: Paper | undefined, query: ParsedQuery): boolean {
  if (!paper) return false;
  const year = paper.year;
  if (query.years.length > 0 && (year === undefined || !query.years.some((range) => range.from <= year && year <= range.to))) return false;
  return query.tiers.length === 0 || query.tiers.includes(paper.tier);
}
