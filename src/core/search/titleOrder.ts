import type { Paper } from '../dataset/paper';

/**
 * Each paper's place in alphabetical title order (ties by id), for ordering equally ranked results. Made
 * when the index is built and stored with it: collating titles at search time cost the first search after
 * a cold start ~15 ms of ICU set-up, and a tie on a common word thousands of comparisons.
 */
export function titleOrder(papers: readonly Paper[]): Uint32Array {
  const collator = new Intl.Collator();
  const order = papers.map((_, doc) => doc);
  order.sort((a, b) => collator.compare(papers[a]!.title, papers[b]!.title) || (papers[a]!.id < papers[b]!.id ? -1 : papers[a]!.id > papers[b]!.id ? 1 : 0));
  const ranks = new Uint32Array(papers.length);
  order.forEach((doc, rank) => (ranks[doc] = rank));
  return ranks;
}
