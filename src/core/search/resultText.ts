import type { Paper } from '../dataset/paper';
import { english } from '../translate';
import type { Translate } from '../translate';
import { tierLabel, venueLabel } from '../venues';

/** `ICLR 2023 · Poster`: where and how a paper was decided, as a result list shows it. */
export function paperDescription(paper: Paper, t: Translate = english): string {
  return `${venueLabel(paper)} · ${tierLabel(paper.tier, t)}`;
}

/** The first words of the abstract, whitespace folded, cut at a word boundary. */
export function abstractSnippet(paper: Paper, maxLength = 160): string {
  const text = paper.abstract.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
