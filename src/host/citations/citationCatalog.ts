import { citationKeys } from '../../core/citations/citationKeys';
import { normaliseTitle } from '../../core/citations/normaliseTitle';
import type { Paper } from '../../core/dataset/paper';
import type { SearchIndex } from '../../core/search/buildSearchIndex';
import type { CitationSettings } from '../../core/settings';
import type { PaperLibrary } from '../paperLibrary';

/** Every paper's citation key for one index and one key format, with the reverse lookups hover needs. */
export interface CitationKeyTable {
  readonly index: SearchIndex;
  keyOf(paper: Paper): string;
  /** BibTeX compares keys case-insensitively, and so does this. */
  paperOfKey(key: string): Paper | undefined;
  /** Papers whose `normaliseTitle` is `title`: several when a title was submitted in several years. */
  papersWithTitle(title: string): readonly Paper[];
  /** Keys starting with `prefix` (any case), at most `limit`, in key order. */
  keysStartingWith(prefix: string, limit: number): Paper[];
}

/**
 * Keys depend on the whole dataset (clashes get suffixes), so they are computed once per index and key
 * format, not per keystroke or per command. A new index or format replaces the table.
 */
export class CitationCatalog {
  private cached: { readonly index: SearchIndex; readonly template: string; readonly table: CitationKeyTable } | undefined;

  constructor(private readonly library: PaperLibrary) {}

  async table(settings: Pick<CitationSettings, 'keyFormat' | 'keyTemplate'>): Promise<CitationKeyTable> {
    const index = await this.library.index();
    if (this.cached?.index !== index || this.cached.template !== settings.keyTemplate) {
      this.cached = { index, template: settings.keyTemplate, table: buildTable(index, settings) };
    }
    return this.cached.table;
  }
}

function buildTable(index: SearchIndex, settings: Pick<CitationSettings, 'keyFormat'>): CitationKeyTable {
  const keys = citationKeys(index.papers, settings.keyFormat);
  const byKey = new Map<string, Paper>();
  for (const paper of index.papers) {
    const key = keys.get(paper.id);
    if (key !== undefined) byKey.set(key.toLowerCase(), paper);
  }
  const sortedKeys = [...byKey.keys()].sort();
  // Built on the first hover that needs it: most sessions never look a title up.
  let byTitle: Map<string, Paper[]> | undefined;
  return {
    index,
    keyOf: (paper) => keys.get(paper.id) ?? '',
    paperOfKey: (key) => byKey.get(key.toLowerCase()),
    papersWithTitle: (title) => {
      byTitle ??= groupByTitle(index.papers);
      return title === '' ? [] : (byTitle.get(title) ?? []);
    },
    keysStartingWith: (prefix, limit) => {
      const lower = prefix.toLowerCase();
      const found: Paper[] = [];
      for (let i = lowerBound(sortedKeys, lower); i < sortedKeys.length && found.length < limit && sortedKeys[i].startsWith(lower); i += 1) {
        const paper = byKey.get(sortedKeys[i]);
        if (paper) found.push(paper);
      }
      return found;
    },
  };
}

function groupByTitle(papers: readonly Paper[]): Map<string, Paper[]> {
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const title = normaliseTitle(paper.title);
    if (title === '') continue;
    const group = groups.get(title);
    if (group) group.push(paper);
    else groups.set(title, [paper]);
  }
  return groups;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
