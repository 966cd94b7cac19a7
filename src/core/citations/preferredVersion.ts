import type { Paper } from '../dataset/paper';
import { DECISION_TIERS, isMainConferencePaper } from '../venues';
import { normaliseTitle } from './normaliseTitle';

/**
 * The paper to cite for a search whose best hit is `ranked[0]`: when other hits carry the same title (a paper
 * resubmitted across years, or a workshop version), the one accepted to a main conference, then the best
 * decision, then the newest. Citing the rejected 2020 version of a paper accepted in 2021, or the workshop
 * poster of a conference paper, would be wrong however the abstracts scored.
 */
export function preferredVersion(ranked: readonly Paper[]): Paper | undefined {
  const best = ranked[0];
  if (best === undefined) return undefined;
  const title = normaliseTitle(best.title);
  const versions = ranked.filter((paper) => normaliseTitle(paper.title) === title);
  return versions.reduce((chosen, paper) => (isPreferred(paper, chosen) ? paper : chosen));
}

function isPreferred(paper: Paper, over: Paper): boolean {
  const main = Number(isMainConferencePaper(over)) - Number(isMainConferencePaper(paper));
  if (main !== 0) return main < 0;
  const rank = DECISION_TIERS.indexOf(paper.tier) - DECISION_TIERS.indexOf(over.tier);
  if (rank !== 0) return rank < 0;
  return (paper.year ?? 0) > (over.year ?? 0);
}
