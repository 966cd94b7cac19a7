import type { Paper } from '../src/core/dataset/paper';
import type { KnownItemKind, KnownItemQuery } from './knownItemQueries';

/**
 * Share of queries per kind whose first hit is the wanted paper. A first hit with the same title
 * counts too: the real data has resubmissions with identical titles, and either is the paper meant.
 */
export function knownItemRates(
  queries: readonly KnownItemQuery[],
  papersById: ReadonlyMap<string, Paper>,
  firstHit: (query: string, kind: KnownItemKind) => string | undefined,
): Map<KnownItemKind, number> {
  const found = new Map<KnownItemKind, { hits: number; total: number }>();
  for (const { kind, query, paperId } of queries) {
    const entry = found.get(kind) ?? { hits: 0, total: 0 };
    found.set(kind, entry);
    entry.total++;
    const top = firstHit(query, kind);
    if (top === paperId || (top !== undefined && sameTitle(papersById.get(top), papersById.get(paperId)))) entry.hits++;
  }
  return new Map([...found].map(([kind, { hits, total }]) => [kind, hits / total]));
}

function sameTitle(a: Paper | undefined, b: Paper | undefined): boolean {
  const normalise = (title: string): string => title.toLowerCase().replace(/\W+/g, ' ').trim();
  return a !== undefined && b !== undefined && normalise(a.title) === normalise(b.title);
}
