import { hash53 } from '../hash53';

const MAX_SLUG_LENGTH = 60;

/** The fields a paper id is made of. */
export interface PaperIdFields {
  readonly venue: string;
  readonly year: number | undefined;
  readonly title: string;
  readonly abstract: string;
  readonly decision: string;
  readonly openreviewId?: string;
}

/**
 * A stable, URL- and tree-safe id. A paper with an OpenReview forum id is that id (`bHW9njOSON`):
 * placeholder titles such as `NA` repeat and abstracts get corrected, the forum stays. Otherwise it is
 * made from the paper alone, such as `iclr2023-id-and-ood-performance-are-sometimes-k3v9x0qa`, never from
 * its row or neighbours, and the hash of title, abstract and decision keeps papers with the same
 * (placeholder) title in one venue apart.
 */
export function paperId(paper: PaperIdFields): string {
  return paper.openreviewId ?? contentId(paper);
}

/** The id a paper without an OpenReview id gets; also how a row without one is matched to one with it. */
export function contentId(paper: PaperIdFields): string {
  const venue = slugify(paper.venue) || 'unknown';
  const title = truncateSlug(slugify(titleText(paper.title))) || 'untitled';
  const hash = contentHash(`${paper.title}\u0000${paper.abstract}\u0000${paper.decision}`);
  // Joined, not concatenated with `+`: that makes a tree of the pieces, which a paper then holds for as long as its
  // id (250 bytes a paper instead of 90; 50 MB at 300,000 papers).
  return [venue, paper.year ?? '', '-', title, '-', hash].join('');
}

// Drops LaTeX commands and math delimiters but keeps the letters inside, so `$k$-means` reads `k-means`.
function titleText(title: string): string {
  return title.replace(/\\[A-Za-z]+\*?|\\./g, ' ');
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Cuts at a word boundary so an id never ends in half a word.
function truncateSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH);
}

// 8 base-36 characters (~41 bits) of the hash are plenty within one venue, year and title.
function contentHash(text: string): string {
  return hash53(text).toString(36).padStart(11, '0').slice(-8);
}
