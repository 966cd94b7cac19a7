import type { Paper } from './dataset/paper';

/** The two pages OpenReview has for a forum id: the discussion and the submitted PDF. */
export interface OpenReviewLinks {
  readonly forum: string;
  readonly pdf: string;
}

/**
 * OpenReview's pages for a paper, built from the forum id in the dataset and nothing else (never guessed from
 * a title); undefined when the paper has no id. Nothing is fetched: a link opens only when the user asks.
 */
export function openReviewLinks(paper: Pick<Paper, 'openreviewId'>): OpenReviewLinks | undefined {
  if (paper.openreviewId === undefined) return undefined;
  const id = encodeURIComponent(paper.openreviewId);
  return { forum: `https://openreview.net/forum?id=${id}`, pdf: `https://openreview.net/pdf?id=${id}` };
}
