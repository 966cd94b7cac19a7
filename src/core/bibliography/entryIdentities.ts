import { entryIdentity } from './entryIdentity';
import type { EntryIdentity } from './entryIdentity';
import type { ParsedBib } from './parseBibFile';

// Reading every title and identifier is the costly part of a check; it depends only on the parsed file.
const identitiesByBib = new WeakMap<ParsedBib, EntryIdentity[]>();

/**
 * The identity of each entry of a parsed .bib (see entryIdentity), in entry order, read once per parse: the
 * editor reads them right after parsing, off the typing path, so checks after a keystroke only look them up.
 */
export function entryIdentities(bib: ParsedBib): readonly EntryIdentity[] {
  let list = identitiesByBib.get(bib);
  if (list === undefined) identitiesByBib.set(bib, (list = bib.entries.map(entryIdentity)));
  return list;
}
