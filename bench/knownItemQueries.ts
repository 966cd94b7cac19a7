import type { Paper } from '../src/core/dataset/paper';
import { analyzeText } from '../src/core/search/analyzeText';
import { createPrng } from './prng';

export const KNOWN_ITEM_KINDS = ['title3', 'typo', 'asYouType', 'abstract4'] as const;
export type KnownItemKind = (typeof KNOWN_ITEM_KINDS)[number];

/** A query a user who remembers one paper would type, and the paper they want first. */
export interface KnownItemQuery {
  readonly kind: KnownItemKind;
  readonly query: string;
  readonly paperId: string;
}

/** A word is distinctive when at most this share of papers contain it. */
const DISTINCTIVE_SHARE = 0.02;

/**
 * Known-item queries, deterministic for a seed:
 * - title3: three distinctive words of the title, in title order;
 * - typo: the same with one edit (delete, insert, substitute, swap) in one word of 5+ letters;
 * - asYouType: the same with the last word cut to four letters, as while typing;
 * - abstract4: four distinctive words of the abstract.
 */
export function knownItemQueries(papers: readonly Paper[], perKind: number, seed: number): KnownItemQuery[] {
  const random = createPrng(seed);
  const documentCount = new Map<string, number>();
  for (const paper of papers) {
    for (const term of new Set(analyzeText(`${paper.title} ${paper.abstract}`).map((word) => word.term))) {
      documentCount.set(term, (documentCount.get(term) ?? 0) + 1);
    }
  }
  const threshold = Math.max(2, papers.length * DISTINCTIVE_SHARE);
  const pick = (text: string, count: number): string[] | undefined => {
    const words = new Map<string, number>();
    for (const { word, term } of analyzeText(text)) {
      if (/^[a-z]{3,}$/.test(word) && !words.has(word)) words.set(word, documentCount.get(term) ?? 0);
    }
    const order = [...words.keys()];
    let candidates = order.filter((word) => words.get(word)! <= threshold);
    if (candidates.length < count) candidates = [...order].sort((a, b) => words.get(a)! - words.get(b)!).slice(0, count);
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
  const counts: Record<KnownItemKind, number> = { title3: 0, typo: 0, asYouType: 0, abstract4: 0 };
  const add = (kind: KnownItemKind, words: readonly string[], paper: Paper): void => {
    if (counts[kind] >= perKind) return;
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
      add('asYouType', [...title.slice(0, -1), title[title.length - 1]!.slice(0, 4)], paper);
    }
    const abstract = pick(paper.abstract, 4);
    if (abstract) add('abstract4', abstract, paper);
    if (KNOWN_ITEM_KINDS.every((kind) => counts[kind] >= perKind)) break;
  }
  return queries;
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
