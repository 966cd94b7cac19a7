import type { Paper } from '../dataset/paper';
import { openReviewLinks } from '../openReviewLinks';

/** OpenReview ids look like `SJgIPJBFvH`: mixed case, 9–12 characters; anything else is not turned into a URL. */
const OPENREVIEW_ID = /^(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9_-]{9,12}$/;
/** Characters that would break a BibTeX field or a Markdown link destination are not accepted. */
const SAFE_URL = /^https?:\/\/[^\s{}\\"<>()]+$/;

/**
 * The paper's URL from the dataset's own columns: its OpenReview forum when it has an `openreview_id`, else
 * `url` when it is a plain http(s) URL, else the OpenReview forum of an ICLR paper's `id`. Never guessed
 * from the title.
 */
export function paperUrl(paper: Pick<Paper, 'venue' | 'extra' | 'openreviewId'>): string | undefined {
  const forum = openReviewLinks(paper)?.forum;
  if (forum !== undefined) return forum;
  const url = paper.extra.url?.trim();
  if (url !== undefined && SAFE_URL.test(url)) return url;
  const id = paper.extra.id?.trim();
  if (paper.venue === 'ICLR' && id !== undefined && OPENREVIEW_ID.test(id)) return `https://openreview.net/forum?id=${id}`;
  return undefined;
}
