import { isSameWork } from '../../core/citations/isSameWork';
import { normaliseTitle } from '../../core/citations/normaliseTitle';
import type { Paper } from '../../core/dataset/paper';
import type { LoadedBib } from './bibliographyService';

/** The key the bibliography already uses for a paper (same title, a year apart at most), if it has one. */
export function existingKeyIn(bibs: readonly LoadedBib[], paper: Paper): string | undefined {
  const title = normaliseTitle(paper.title);
  for (const bib of bibs) {
    const found = bib.byTitle.get(title)?.find((entry) => isSameWork(entry, paper));
    if (found !== undefined) return found.key;
  }
  return undefined;
}
