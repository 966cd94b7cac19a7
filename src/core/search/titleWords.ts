import { checkOncePerBlock } from './checkOncePerBlock';

/**
 * Each title's words in reading order, so that a query typed as a title fragment can be matched in order
 * and at the title's start. Entry i of paper d is `entries[starts[d] + i]`: a vocabulary word number, or a stop
 * word's number with STOP_ENTRY set (stop words are not in the postings, but they count in a title fragment),
 * with the number of pieces a joined form spans (see textTokens) in the span bits.
 */
export interface TitleWords {
  readonly starts: Uint32Array;
  readonly entries: Uint32Array;
  /** Checks paper `doc`'s entries before they are read; an index loaded from a file has it (see checkedTitleWords). */
  readonly checkPaper?: (doc: number) => void;
}

export const STOP_ENTRY = 0x8000_0000;
const SPAN_SHIFT = 28;
const SPAN_MASK = 0x7;
const ID_MASK = (1 << SPAN_SHIFT) - 1;
/** Entries kept per title; longer titles are cut (no real title comes close). */
export const MAX_TITLE_ENTRIES = 128;

export function titleEntry(id: number, span: number, stop: boolean): number {
  if (id > ID_MASK) throw new Error('too many words for a title entry');
  return ((stop ? STOP_ENTRY : 0) | (Math.min(span, SPAN_MASK + 1) - 1) << SPAN_SHIFT | id) >>> 0;
}

export function entryId(entry: number): number {
  return entry & ID_MASK;
}

export function entrySpan(entry: number): number {
  return ((entry >>> SPAN_SHIFT) & SPAN_MASK) + 1;
}

export function isStopEntry(entry: number): boolean {
  return entry >= STOP_ENTRY;
}

/**
 * Title words read from a file: that they fit the papers is checked now, and that each entry names a word of
 * the vocabulary (or a stop word) a block of papers at a time, when a search first ranks one of their titles,
 * throwing what `damaged` makes (2.7 million entries at 300,000 papers took 15 ms of every load).
 */
export function checkedTitleWords(
  titleWords: Pick<TitleWords, 'starts' | 'entries'>,
  papers: number,
  words: number,
  stopWords: number,
  damaged: (what: string) => Error,
): TitleWords {
  const { starts, entries } = titleWords;
  if (starts.length !== papers + 1 || starts[0] !== 0 || starts[papers] !== entries.length) throw new Error('title words do not fit the papers');
  for (let i = 0; i < papers; i++) if (starts[i]! > starts[i + 1]!) throw new Error('title word offsets are not ascending');
  // A search ranks a few hundred titles, so their entries are checked a block of papers at a time.
  const checkPaper = checkOncePerBlock(papers, (from, to) => {
    // Inline bit tests: a block holds thousands of entries.
    for (let at = starts[from]!, end = starts[to]!; at < end; at++) {
      const entry = entries[at]!;
      if ((entry & ID_MASK) >= (entry >= STOP_ENTRY ? stopWords : words)) throw damaged('a title word is not in the vocabulary');
    }
  });
  return { starts, entries, checkPaper };
}
