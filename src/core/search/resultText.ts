import type { Paper } from '../dataset/paper';
import { authorSummary } from '../render/authorSummary';
import { english } from '../translate';
import type { Translate } from '../translate';
import { tierLabel, venueLabel } from '../venues';

/** `ICLR 2023 · Poster`: where and how a paper was decided, as a result list shows it. */
export function paperDescription(paper: Paper, t: Translate = english): string {
  return `${venueLabel(paper)} · ${tierLabel(paper.tier, t)}`;
}

/** Authors shown before the abstract in a result's detail line. */
const DETAIL_AUTHORS = 3;

/**
 * A result's second line: the first authors (`A, B, C et al.`), then the start of the abstract, so a paper
 * is recognised by who wrote it as much as by what it says. Either part may be missing.
 */
export function resultDetail(paper: Paper, t: Translate = english): string {
  return [authorSummary(paper.authors, DETAIL_AUTHORS, t), abstractSnippet(paper)].filter((part) => part !== '').join(' — ');
}

/** The first words of the abstract, whitespace folded, cut at a word boundary. */
function abstractSnippet(paper: Paper, maxLength = 160): string {
  const text = paper.abstract.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
