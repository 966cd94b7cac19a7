import { FIELD_COUNT, TITLE_FIELD } from './postingIndex';
import type { Posting, PostingIndex } from './postingIndex';

/** One weighted term of a query, as a lunr query clause: the term, its boost and the fields it is searched in. */
export interface TermClause {
  readonly termId: number;
  readonly boost: number;
  /** Field bits (see INDEX_FIELDS). */
  readonly fields: number;
  /** Which query word the clause serves (0-31): a document matching the clause gets this bit in `coverage`. */
  readonly group: number;
}

export interface TermScores {
  /** Documents that match at least one clause, in the order first met. */
  readonly candidates: readonly number[];
  /** lunr's score of each document (0 for non-candidates). */
  readonly scores: Float64Array;
  /** Bits of the clause groups each document matches. */
  readonly coverage: Uint32Array;
  /** Bits of the clause groups each document matches in its title. */
  readonly titleCoverage: Uint32Array;
}

/**
 * Scores documents exactly as `lunr.Index.prototype.query` does for optional clauses: per field, the dot
 * product of the query vector (summed boosts per term) with the document's stored BM25 weights, divided by
 * the query vector's length, summed over fields. Walking each term's posting once instead of building
 * lunr's per-document match data is what keeps common-word queries fast.
 */
export function scoreTerms(index: PostingIndex, clauses: readonly TermClause[]): TermScores {
  const byTerm = new Map<number, { boosts: Float64Array; fields: number; groups: { fields: number; bit: number }[] }>();
  for (const clause of clauses) {
    let entry = byTerm.get(clause.termId);
    if (!entry) {
      entry = { boosts: new Float64Array(FIELD_COUNT), fields: 0, groups: [] };
      byTerm.set(clause.termId, entry);
    }
    for (let field = 0; field < FIELD_COUNT; field++) if (clause.fields & (1 << field)) entry.boosts[field]! += clause.boost;
    entry.fields |= clause.fields;
    entry.groups.push({ fields: clause.fields, bit: 2 ** clause.group });
  }
  const norms = new Float64Array(FIELD_COUNT);
  for (const { boosts } of byTerm.values()) for (let field = 0; field < FIELD_COUNT; field++) norms[field]! += boosts[field]! ** 2;

  const scores = new Float64Array(index.docCount);
  const coverage = new Uint32Array(index.docCount);
  const titleCoverage = new Uint32Array(index.docCount);
  const touched = new Uint8Array(index.docCount);
  const candidates: number[] = [];
  const factors = new Float64Array(FIELD_COUNT);
  // The group bits a document gets for each combination of fields the term is in.
  const groupsOfMask = new Uint32Array(1 << FIELD_COUNT);
  for (const [termId, { boosts, fields, groups }] of byTerm) {
    for (let field = 0; field < FIELD_COUNT; field++) factors[field] = norms[field]! > 0 ? boosts[field]! / Math.sqrt(norms[field]!) : 0;
    for (let mask = 0; mask < groupsOfMask.length; mask++) groupsOfMask[mask] = groups.reduce((bits, group) => (mask & group.fields ? bits | group.bit : bits), 0);
    const { docs, masks, weights } = index.posting(termId);
    for (let i = 0; i < docs.length; i++) {
      const mask = masks[i]! & fields;
      if (mask === 0) continue;
      const doc = docs[i]!;
      if (touched[doc] === 0) {
        touched[doc] = 1;
        candidates.push(doc);
      }
      // Only the fields the term is in and searched in: most entries have one of the four.
      let score = 0;
      for (let rest = mask; rest !== 0; rest &= rest - 1) {
        const field = 31 - Math.clz32(rest & -rest);
        score += factors[field]! * weights[i * FIELD_COUNT + field]!;
      }
      scores[doc]! += score;
      coverage[doc] = (coverage[doc]! | groupsOfMask[mask]!) >>> 0;
      titleCoverage[doc] = (titleCoverage[doc]! | groupsOfMask[mask & TITLE_FIELD]!) >>> 0;
    }
  }
  return { candidates, scores, coverage, titleCoverage };
}

/** Whether the document holds the term in one of the fields. */
export function termInDocument(index: PostingIndex, termId: number, doc: number, fields: number): boolean {
  return postingHas(index.posting(termId), doc, fields);
}

/** Whether the posting has the document in one of the fields; postings are sorted, so a binary search. */
export function postingHas(posting: Posting, doc: number, fields: number): boolean {
  const { docs, masks } = posting;
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return docs[low] === doc && (masks[low]! & fields) !== 0;
}
