import { FIELD_COUNT, TITLE_FIELD, WEIGHT_SCALE } from './postingIndex';
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

/**
 * What scoreTerms found. The per-document arrays are reused by the next scoreTerms on the same index (a
 * query at 100,000 papers would otherwise allocate megabytes per keystroke for the garbage collector): read
 * them before searching again.
 */
export interface TermScores {
  /** Documents that match at least one clause, in the order first met. */
  readonly candidates: Uint32Array;
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

  const scratch = clearedScratch(index);
  const { scores, coverage, titleCoverage, candidateList } = scratch;
  let candidateCount = 0;
  const factors = new Float64Array(FIELD_COUNT);
  // The group bits a document gets for each combination of fields the term is in.
  const groupsOfMask = new Uint32Array(1 << FIELD_COUNT);
  for (const [termId, { boosts, fields, groups }] of byTerm) {
    // Stored weights are lunr's times WEIGHT_SCALE.
    for (let field = 0; field < FIELD_COUNT; field++) factors[field] = norms[field]! > 0 ? boosts[field]! / Math.sqrt(norms[field]!) / WEIGHT_SCALE : 0;
    for (let mask = 0; mask < groupsOfMask.length; mask++) groupsOfMask[mask] = groups.reduce((bits, group) => (mask & group.fields ? bits | group.bit : bits), 0);
    const { docs, masks, weights } = index.posting(termId);
    for (let i = 0, weight = 0; i < docs.length; weight += BITS_IN[masks[i]!]!, i++) {
      const mask = masks[i]! & fields;
      if (mask === 0) continue;
      const doc = docs[i]!;
      // Every match sets a coverage bit, so 0 means not met yet.
      if (coverage[doc] === 0) candidateList[candidateCount++] = doc;
      // The document's weights are those of its fields in field order; a field's is after those below it.
      let score = 0;
      for (let rest = mask; rest !== 0; rest &= rest - 1) {
        const low = rest & -rest;
        score += factors[31 - Math.clz32(low)]! * weights[weight + BITS_IN[masks[i]! & (low - 1)]!]!;
      }
      scores[doc]! += score;
      coverage[doc] = (coverage[doc]! | groupsOfMask[mask]!) >>> 0;
      if ((mask & TITLE_FIELD) !== 0) titleCoverage[doc] = (titleCoverage[doc]! | groupsOfMask[mask & TITLE_FIELD]!) >>> 0;
    }
  }
  scratch.candidateCount = candidateCount;
  return { candidates: candidateList.subarray(0, candidateCount), scores, coverage, titleCoverage };
}

/** Number of set bits of each field mask. */
const BITS_IN = Uint8Array.from({ length: 1 << FIELD_COUNT }, (_, mask) => [...mask.toString(2)].filter((bit) => bit === '1').length);

interface Scratch {
  readonly scores: Float64Array;
  readonly coverage: Uint32Array;
  readonly titleCoverage: Uint32Array;
  /** The documents the last query set (the first candidateCount), so that only they need clearing. */
  readonly candidateList: Uint32Array;
  candidateCount: number;
}

const scratchOf = new WeakMap<PostingIndex, Scratch>();

function clearedScratch(index: PostingIndex): Scratch {
  const scratch = scratchOf.get(index);
  if (scratch === undefined) {
    // A typed list, not an array grown by push: at 100,000 papers a common word's push alone took most of a query.
    const fresh = {
      scores: new Float64Array(index.docCount),
      coverage: new Uint32Array(index.docCount),
      titleCoverage: new Uint32Array(index.docCount),
      candidateList: new Uint32Array(index.docCount),
      candidateCount: 0,
    };
    scratchOf.set(index, fresh);
    return fresh;
  }
  for (let at = 0; at < scratch.candidateCount; at++) {
    const doc = scratch.candidateList[at]!;
    scratch.scores[doc] = 0;
    scratch.coverage[doc] = 0;
    scratch.titleCoverage[doc] = 0;
  }
  scratch.candidateCount = 0;
  return scratch;
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
