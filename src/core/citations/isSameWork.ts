import type { Paper } from '../dataset/paper';
import { normaliseTitle } from './normaliseTitle';
import type { BibEntrySummary } from './scanBibFile';

/**
 * Whether a .bib entry is this paper: the same normalised title, and years at most one apart when both are
 * known (the arXiv preprint of an ICLR paper is usually dated the year before the conference).
 */
export function isSameWork(entry: Pick<BibEntrySummary, 'title' | 'year'>, paper: Pick<Paper, 'title' | 'year'>): boolean {
  const title = normaliseTitle(paper.title);
  if (title === '' || entry.title !== title) return false;
  const entryYear = entry.year === undefined ? Number.NaN : Number.parseInt(entry.year, 10);
  return Number.isNaN(entryYear) || paper.year === undefined || Math.abs(entryYear - paper.year) <= 1;
}
