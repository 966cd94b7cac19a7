import type { Paper } from '../src/core/dataset/paper';
import { createPrng } from './prng';

/** One row of a JSONL dataset, the columns the importer reads. */
export interface CorpusRow {
  readonly conference: string;
  readonly title: string;
  readonly abstract: string;
  readonly decision: string;
  readonly authors: readonly string[];
  readonly keywords: readonly string[];
}

// Tuned so the distinct-token count grows like real ICLR text (Heaps' law with β ≈ 0.55): about
// 65,000 terms at 16,000 papers and 180,000 at 100,000, as the real corpora of SEARCH-NOTES have.
const COINED_SHARE = 0.14;
const ZIPF_SCALE = 15_000;
const ZIPF_EXPONENT = 1.27;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'pa', 'do', 'fe', 'gu', 'hi', 'ja', 'bo', 'cy', 'tri', 'xo', 'qua'];
const SUFFIXES = ['', 'ing', 'ation', 'ed', 'ity', 'al', 'ers', 'ive'];

/**
 * A deterministic corpus of `count` papers made of the sample's real sentences and titles, with words
 * replaced by coined ones drawn from a Zipf distribution: common coined words act as new topic words,
 * rare ones as the long tail of names and jargon. Abstract lengths follow the sample's. Authors and keywords
 * are those of a random paper of `people` (the real corpus), so that those fields are as large as real ones;
 * none without it.
 */
export function syntheticCorpus(sample: readonly Paper[], count: number, seed: number, people: readonly Paper[] = []): CorpusRow[] {
  const random = createPrng(seed);
  const sentences = sample.flatMap((paper) => paper.abstract.split(/(?<=[.!?])\s+/)).filter((sentence) => sentence.length > 20);
  const sentenceCounts = sample.map((paper) => Math.max(1, paper.abstract.split(/(?<=[.!?])\s+/).length));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const coin = (): string => coinedWord(Math.floor(ZIPF_SCALE * random() ** -ZIPF_EXPONENT));
  const mutate = (text: string, share: number): string => text.replace(/[A-Za-z]{4,}/g, (word) => (random() < share ? coin() : word));
  const decisions = sample.map((paper) => paper.decision);
  const years = sample.map((paper) => paper.year ?? 2022);

  const rows: CorpusRow[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let n = pick(sentenceCounts); n > 0; n--) parts.push(mutate(pick(sentences), COINED_SHARE));
    // Titles carry the paper's distinctive words, as real titles do.
    const title = mutate(pick(sample).title, 0.35);
    const person = people.length > 0 ? pick(people) : undefined;
    rows.push({ conference: `ICLR.cc/${pick(years)}/Conference`, title, abstract: parts.join(' '), decision: pick(decisions), authors: person?.authors ?? [], keywords: person?.keywords ?? [] });
  }
  return rows;
}

/** A pronounceable word unique to its rank. */
function coinedWord(rank: number): string {
  let word = '';
  let rest = Math.floor(rank / SUFFIXES.length);
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word + SUFFIXES[rank % SUFFIXES.length];
}
