import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import lunr from 'lunr';
import type { Paper } from '../src/core/dataset/paper';
import { loadSearchIndex } from '../src/core/search/loadSearchIndex';
import { buildSearchIndexFiles } from '../src/core/search/searchIndexFiles';
import { searchPapers } from '../src/core/search/searchPapers';

/** Answers a query with the ids of the hits, best first. */
export type Searcher = (query: string) => readonly string[];

/** One engine under test: how it builds its files and how a fresh process loads and queries them. */
export interface BenchEngine {
  readonly name: string;
  build(papers: readonly Paper[]): Record<string, string>;
  load(directory: string): Promise<Searcher>;
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
  async load(directory) {
    const index = lunr.Index.load(JSON.parse(await readFile(path.join(directory, 'lunr.json'), 'utf8')));
    return (query) => {
      try {
        return index.search(query).map((result) => result.ref);
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
