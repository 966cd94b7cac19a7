import type { Paper } from '../dataset/paper';
import type { SearchIndex } from '../search/buildSearchIndex';
import { citationKeys } from '../citations/citationKeys';
import type { KeyFormat } from '../citations/parseKeyFormat';
import { normaliseTitle } from '../citations/normaliseTitle';

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
 * Every paper's citation key for one index and key format (`citationKeys`), with the lookups completion,
 * hover and the bibliography checks need. Keys depend on the whole dataset, so build it once per index and format.
 */
export function citationKeyTable(index: SearchIndex, format: KeyFormat): CitationKeyTable {
  const keys = citationKeys(index.papers, format);
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
      for (let i = lowerBound(sortedKeys, lower); found.length < limit; i += 1) {
        const key = sortedKeys[i];
        if (key === undefined || !key.startsWith(lower)) break;
        const paper = byKey.get(key);
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
    if (sorted[middle]! < value) low = middle + 1; // low <= middle < high <= length
    else high = middle;
  }
  return low;
}
