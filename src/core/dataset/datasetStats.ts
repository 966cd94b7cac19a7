import { DECISION_TIERS, tierLabel, venueLabel } from '../venues';
import type { DecisionTier } from '../venues';
import type { Paper } from './paper';

export interface TierCount {
  readonly tier: DecisionTier;
  readonly label: string;
  readonly count: number;
}

export interface VenueStats {
  readonly venue: string;
  readonly year: number | undefined;
  /** `ICLR 2023` */
  readonly label: string;
  readonly count: number;
  /** Tiers that occur, in DECISION_TIERS order. */
  readonly byTier: TierCount[];
}

export interface DatasetStats {
  readonly total: number;
  /** Newest year first; venues without a year last; same year by venue name. */
  readonly byVenue: VenueStats[];
  readonly byTier: TierCount[];
}

/** Paper counts per venue-year and per decision tier, for the stats command and the tree. */
export function datasetStats(papers: readonly Paper[]): DatasetStats {
  const groups = new Map<string, { venue: string; year: number | undefined; papers: Paper[] }>();
  for (const paper of papers) {
    const key = `${paper.year ?? ''}\u0000${paper.venue}`;
    const group = groups.get(key);
    if (group) group.papers.push(paper);
    else groups.set(key, { venue: paper.venue, year: paper.year, papers: [paper] });
  }
  const byVenue = [...groups.values()]
    .map(({ venue, year, papers: group }): VenueStats => ({ venue, year, label: venueLabel({ venue, year }), count: group.length, byTier: tierCounts(group) }))
    .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.venue.localeCompare(b.venue));
  return { total: papers.length, byVenue, byTier: tierCounts(papers) };
}

function tierCounts(papers: readonly Paper[]): TierCount[] {
  const counts = new Map<DecisionTier, number>();
  for (const paper of papers) counts.set(paper.tier, (counts.get(paper.tier) ?? 0) + 1);
  return DECISION_TIERS.filter((tier) => counts.has(tier)).map((tier) => ({ tier, label: tierLabel(tier), count: counts.get(tier) ?? 0 }));
}
