import type { Paper } from '../dataset/paper';
import { citationKeyFor } from './citationKeyFor';
import type { KeyFormat } from './parseKeyFormat';
import { hash53 } from '../hash53';

/** Suffix length for clashing keys: 26^4 ≈ 457,000 values, so two papers of one clash group rarely share one. */
const SUFFIX_LENGTH = 4;
const MAX_SUFFIX_LENGTH = 11;

/**
 * A citation key for every paper (by `paper.id`), unique ignoring case: BibTeX compares keys without case,
 * so `multiAgentReinforcement2020` and `multiagentReinforcement2020` would be one entry to it.
 *
 * A paper whose base key (`citationKeyFor`) no other paper shares (in any case) keeps it as is. Papers that
 * share a base key all get a suffix of lowercase letters hashed from their own stable id (`zhang2018learningwrzr`).
 * So a key depends only on the paper itself and on whether its base key clashes: row order never matters,
 * clashing papers never shift each other's keys (as `a`, `b`, … by position would when one is added or
 * removed), and adding papers can change a key in one way only: a bare key gains a suffix when a newcomer
 * clashes with it. Suffixing every key would avoid even that, at the price of unreadable keys for the
 * ~94% of the bundled papers that never clash; a .bib that already holds the old key is still found by its title.
 */
export function citationKeys(papers: Iterable<Pick<Paper, 'id' | 'title' | 'year' | 'venue' | 'authors'>>, format: KeyFormat): Map<string, string> {
  const bases = new Map<string, string>();
  for (const paper of papers) {
    if (!bases.has(paper.id)) bases.set(paper.id, citationKeyFor(paper, format));
  }
  const idsByBase = groupBy(bases);
  const suffixLength = new Map<string, number>();
  for (const ids of idsByBase.values()) {
    if (ids.length > 1) for (const id of ids) suffixLength.set(id, SUFFIX_LENGTH);
  }
  const keys = new Map<string, string>();
  for (;;) {
    for (const [id, base] of bases) {
      const length = suffixLength.get(id);
      keys.set(id, length === undefined ? base : base + idSuffix(id, length));
    }
    // A suffixed key can still meet another paper's key (a hash collision, or a custom format whose
    // bare keys end in letters); lengthen the suffixes involved until every key is unique.
    let changed = false;
    for (const ids of groupBy(keys).values()) {
      if (ids.length < 2) continue;
      for (const id of ids) {
        const length = suffixLength.get(id);
        if (length !== undefined && length < MAX_SUFFIX_LENGTH) {
          suffixLength.set(id, length + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return disambiguateLeftovers(keys);
}

/** Papers whose full-length hashes still collide (practically never) get a counter in id order. */
function disambiguateLeftovers(keys: Map<string, string>): Map<string, string> {
  const taken = new Set([...keys.values()].map((key) => key.toLowerCase()));
  for (const ids of groupBy(keys).values()) {
    if (ids.length < 2) continue;
    const sorted = [...ids].sort();
    for (let index = 1; index < sorted.length; index += 1) {
      const key = keys.get(sorted[index]!)!;
      let counter = index + 1;
      while (taken.has(`${key}-${counter}`.toLowerCase())) counter += 1;
      keys.set(sorted[index]!, `${key}-${counter}`);
      taken.add(`${key}-${counter}`.toLowerCase());
    }
  }
  return keys;
}

/** Ids by key, keys compared ignoring case. */
function groupBy(values: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [id, value] of values) {
    const group = groups.get(value.toLowerCase());
    if (group === undefined) groups.set(value.toLowerCase(), [id]);
    else group.push(id);
  }
  return groups;
}

/** Lowercase letters from a 53-bit hash of the id: stable across runs, platforms and row order. */
function idSuffix(id: string, length: number): string {
  let value = hash53(id);
  let letters = '';
  for (let i = 0; i < length; i += 1) {
    letters += String.fromCharCode(97 + (value % 26));
    value = Math.floor(value / 26);
  }
  return letters;
}
