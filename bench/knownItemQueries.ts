import type { Paper } from '../src/core/dataset/paper';
import { STOP_WORDS } from '../src/core/search/stopWords';
import { createPrng } from './prng';

export const KNOWN_ITEM_KINDS = ['title3', 'typo', 'titleStart', 'abstract4', 'author'] as const;
export type KnownItemKind = (typeof KNOWN_ITEM_KINDS)[number];

/** A query a user who remembers one paper would type, and the paper they want first. */
export interface KnownItemQuery {
  readonly kind: KnownItemKind;
  readonly query: string;
  readonly paperId: string;
}

/** A word is distinctive when at most this share of papers contain it. */
const DISTINCTIVE_SHARE = 0.02;
/** Content words of the title a `titleStart` query runs to; stop words on the way are typed too. */
const TITLE_START_WORDS = 3;
/** A `titleStart` query's last word is cut to this many letters, as while typing. */
const TYPED_PREFIX = 4;
const STOP: ReadonlySet<string> = new Set(STOP_WORDS);

/**
 * Known-item queries, deterministic for a seed, made from text as a person types it (see typedWords), not
 * from any engine's analysis, so that every engine is asked the same:
 * - title3: three distinctive words of the title, in title order;
 * - typo: the same with one edit (delete, insert, substitute, swap) in one word of 5+ letters;
 * - titleStart: the title's words from its start through its third content word (stop words on the way
 *   kept, as people type them), the last cut to four letters;
 * - abstract4: four distinctive words of the abstract, in order;
 * - author: the first author's last name and the title's rarest word (fewest titles contain it).
 */
export function knownItemQueries(papers: readonly Paper[], perKind: number, seed: number): KnownItemQuery[] {
  const random = createPrng(seed);
  const documentCount = new Map<string, number>();
  const titleCount = new Map<string, number>();
  for (const paper of papers) {
    for (const word of new Set([...typedWords(paper.title), ...typedWords(paper.abstract)])) documentCount.set(word, (documentCount.get(word) ?? 0) + 1);
    for (const word of new Set(typedWords(paper.title))) titleCount.set(word, (titleCount.get(word) ?? 0) + 1);
  }
  const threshold = Math.max(2, papers.length * DISTINCTIVE_SHARE);
  const isContent = (word: string): boolean => /^[a-z]{3,}$/.test(word) && !STOP.has(word);
  const pick = (text: string, count: number): string[] | undefined => {
    const order = [...new Set(typedWords(text).filter(isContent))];
    let candidates = order.filter((word) => documentCount.get(word)! <= threshold);
    if (candidates.length < count) candidates = [...order].sort((a, b) => documentCount.get(a)! - documentCount.get(b)!).slice(0, count);
    if (candidates.length < count) return undefined;
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(candidates[Math.floor(random() * candidates.length)]!);
    return order.filter((word) => chosen.has(word));
  };

  const shuffled = [...papers];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const queries: KnownItemQuery[] = [];
  const counts = Object.fromEntries(KNOWN_ITEM_KINDS.map((kind) => [kind, 0])) as Record<KnownItemKind, number>;
  const add = (kind: KnownItemKind, words: readonly string[] | undefined, paper: Paper): void => {
    if (words === undefined || counts[kind] >= perKind) return;
    counts[kind]++;
    queries.push({ kind, query: words.join(' '), paperId: paper.id });
  };
  for (const paper of shuffled) {
    const title = pick(paper.title, 3);
    if (title) {
      add('title3', title, paper);
      const typoAt = title.map((word, index) => (word.length >= 5 ? index : -1)).filter((index) => index >= 0);
      if (typoAt.length > 0) {
        const index = typoAt[Math.floor(random() * typoAt.length)]!;
        add('typo', title.map((word, i) => (i === index ? misspell(word, random) : word)), paper);
      }
    }
    add('titleStart', titleStart(paper.title), paper);
    add('abstract4', pick(paper.abstract, 4), paper);
    const lastName = typedWords(paper.authors[0] ?? '').at(-1);
    const rarest = typedWords(paper.title)
      .filter(isContent)
      .reduce<string | undefined>((best, word) => (best === undefined || titleCount.get(word)! < titleCount.get(best)! ? word : best), undefined);
    if (lastName !== undefined && rarest !== undefined) add('author', [lastName, rarest], paper);
    if (KNOWN_ITEM_KINDS.every((kind) => counts[kind] >= perKind)) break;
  }
  return queries;
}

/**
 * What a person types for a text: lower case, accents dropped (`Schölkopf` is typed `scholkopf`), LaTeX's
 * `$ \ ^ _ { }` left out (`D$^2$ETR` is typed `d2etr`), words split at anything that is not a letter or digit.
 * A command with an argument is read as the argument alone (`\emph{consistency}`, `$\tilde{O}$`): the reader
 * sees the rendered text, not the command's name.
 */
export function typedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\\[a-z]+(?=\{)/g, '')
    .replace(/[$\\^_{}]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function titleStart(title: string): string[] | undefined {
  const words = typedWords(title);
  const typed: string[] = [];
  let content = 0;
  for (const word of words) {
    typed.push(word);
    if (!STOP.has(word) && ++content === TITLE_START_WORDS) break;
  }
  if (content < TITLE_START_WORDS) return undefined;
  typed[typed.length - 1] = typed.at(-1)!.slice(0, TYPED_PREFIX);
  return typed;
}

/** One random edit after the first letter, which people rarely get wrong. */
function misspell(word: string, random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (;;) {
    const at = 1 + Math.floor(random() * (word.length - 1));
    const letter = letters[Math.floor(random() * letters.length)]!;
    let typo: string;
    switch (Math.floor(random() * 4)) {
      case 0:
        typo = word.slice(0, at) + word.slice(at + 1);
        break;
      case 1:
        typo = word.slice(0, at) + letter + word.slice(at);
        break;
      case 2:
        typo = word.slice(0, at) + letter + word.slice(at + 1);
        break;
      default:
        typo = at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
    }
    if (typo !== word) return typo;
  }
}
