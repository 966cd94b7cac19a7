import { isSameWork } from '../citations/isSameWork';
import type { Paper } from '../dataset/paper';
import { isMainConferenceAcceptance } from '../venues';
import type { CitationKeyTable } from './citationKeyTable';
import type { EntryIdentity } from './entryIdentity';

/**
 * The dataset paper an entry cites: the one with its OpenReview id, else one with its title a year apart at
 * most (isSameWork), the same year first, then an accepted version. Undefined when none matches.
 */
export function paperOfEntry(identity: EntryIdentity, table: Pick<CitationKeyTable, 'index' | 'papersWithTitle'>): Paper | undefined {
  if (identity.openreviewId !== undefined) {
    // A dataset row's OpenReview id is its paper id.
    const paper = table.index.paperById.get(identity.openreviewId);
    if (paper !== undefined) return paper;
  }
  // These papers' titles normalise to the entry's: compare that (cheap to normalise again) rather than each raw title.
  const versions = table.papersWithTitle(identity.title).filter((paper) => isSameWork(identity, { title: identity.title, year: paper.year }));
  return versions.find((paper) => String(paper.year) === identity.year) ?? versions.find((paper) => isMainConferenceAcceptance(paper.tier)) ?? versions[0];
}
