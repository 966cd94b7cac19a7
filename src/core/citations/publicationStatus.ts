import type { Paper } from '../dataset/paper';
import { isMainConferenceAcceptance, venueLabel } from '../venues';

/** How each tier that was not accepted is described; accepted tiers are absent. */
const OUTCOMES: Readonly<Partial<Record<Paper['tier'], string>>> = {
  workshop: 'invited to the workshop track',
  reject: 'rejected',
  withdrawn: 'withdrawn',
  'desk-rejected': 'desk rejected',
};

/**
 * Where a paper stands, in words a reader cannot mistake for a publication when it was not accepted:
 * `ICLR 2023` for an accepted paper, `submitted to ICLR 2023, rejected` otherwise.
 */
export function publicationStatus(paper: Pick<Paper, 'venue' | 'year' | 'tier' | 'decision'>): string {
  const venue = venueLabel(paper);
  if (isMainConferenceAcceptance(paper.tier)) return venue;
  const outcome = OUTCOMES[paper.tier] ?? (paper.decision.trim() === '' ? undefined : `decision: ${paper.decision.trim()}`);
  return outcome === undefined ? `submitted to ${venue}` : `submitted to ${venue}, ${outcome}`;
}
