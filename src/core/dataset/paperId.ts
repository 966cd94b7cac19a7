const MAX_SLUG_LENGTH = 60;

/** The fields a paper id is made of. */
export interface PaperIdFields {
  readonly venue: string;
  readonly year: number | undefined;
  readonly title: string;
  readonly abstract: string;
  readonly decision: string;
}

/**
 * A stable, URL- and tree-safe id such as `iclr2023-id-and-ood-performance-are-sometimes-k3v9x0qa`.
 * It is computed from the paper alone, never from its row or neighbours, and the hash of title,
 * abstract and decision keeps papers with the same (placeholder) title in one venue apart.
 */
export function paperId(paper: PaperIdFields): string {
  const venue = slugify(paper.venue) || 'unknown';
  const title = truncateSlug(slugify(titleText(paper.title))) || 'untitled';
  const hash = contentHash(`${paper.title}\u0000${paper.abstract}\u0000${paper.decision}`);
  return `${venue}${paper.year ?? ''}-${title}-${hash}`;
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

// cyrb53: a fast 53-bit string hash; 8 base-36 characters (~41 bits) are plenty within one venue, year and title.
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(36).padStart(11, '0').slice(-8);
}
