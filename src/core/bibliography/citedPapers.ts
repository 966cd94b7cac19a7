import type { DecisionTier } from '../venues';
import { tierLabel, venueLabel } from '../venues';
import { english } from '../translate';
import type { Translate } from '../translate';
import type { CitationKeyTable } from './citationKeyTable';
import { entryIdentity } from './entryIdentity';
import type { DocumentCitations } from './findCitations';
import type { ParsedBib } from './parseBibFile';
import { paperOfEntry } from './paperOfEntry';

/** One row of the Cited Papers view: a key the document cites, what it resolves to, and the paper's decision. */
export interface CitedPaperNode {
  /** The lowercase key: unique in the view, stable while the key is cited. */
  readonly id: string;
  readonly key: string;
  /** How many times the document cites it, and where first. */
  readonly count: number;
  readonly firstOffset: number;
  /** No .bib of the document defines it. */
  readonly unresolved: boolean;
  /** The entry's title, as written. */
  readonly title?: string;
  /** The dataset paper's `ICLR 2022 · Poster`, when the entry is one of its papers. */
  readonly badge?: string;
  readonly tier?: DecisionTier;
  readonly paperId?: string;
}

/** The keys a document cites, in the order first cited, each with its entry and (for dataset papers) decision. */
export function citedPapers(citations: DocumentCitations, bibs: readonly ParsedBib[], table: CitationKeyTable | undefined, t: Translate = english): CitedPaperNode[] {
  const nodes = new Map<string, { key: string; count: number; firstOffset: number }>();
  for (const cited of citations.keys) {
    const id = cited.key.toLowerCase();
    const node = nodes.get(id);
    if (node === undefined) nodes.set(id, { key: cited.key, count: 1, firstOffset: cited.start });
    else node.count += 1;
  }
  return [...nodes].map(([id, node]) => {
    const entry = bibs.map((bib) => bib.byKey.get(id)).find((candidate) => candidate !== undefined);
    if (entry === undefined) return { id, ...node, unresolved: true };
    const title = entry.fields.get('title')?.value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
    const paper = table === undefined ? undefined : paperOfEntry(entryIdentity(entry), table);
    return {
      id,
      ...node,
      unresolved: false,
      ...(title === undefined ? {} : { title }),
      ...(paper === undefined ? {} : { badge: `${venueLabel(paper)} · ${tierLabel(paper.tier, t)}`, tier: paper.tier, paperId: paper.id }),
    };
  });
}
