/**
 * Author names from one text cell, as datasets write lists: `A; B`, `A and B`, `A, B, and C`, `A, B`.
 * A name written `Last, First` (`Smith, J.`, `van der Berg, Jan`) stays one name, so
 * `Smith, J. and Doe, J.` is two authors, not four.
 */
export function splitAuthorList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.includes(';')) return clean(trimmed.split(';'));
  // `, and` (the serial comma) and `and` separate names; a comma only where it cannot be a `Last, First` name.
  const parts = trimmed.split(/\s*,?\s+and\s+/i);
  return clean(parts.flatMap((part) => (isLastFirstName(part) ? [part] : part.split(','))));
}

/** Keywords from one text cell: `a; b` or `a, b`. */
export function splitKeywordList(text: string): string[] {
  return clean(text.split(text.includes(';') ? ';' : ','));
}

/** One comma between two sides of which one is a single word: BibTeX's `Last, First` form. */
export function isLastFirstName(text: string): boolean {
  const sides = text.split(',');
  if (sides.length !== 2) return false;
  const words = sides.map((side) => side.trim().split(/\s+/).filter((word) => word !== ''));
  return words.every((side) => side.length > 0) && words.some((side) => side.length === 1);
}

function clean(names: readonly string[]): string[] {
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name !== '');
}
