import type { Paper } from '../dataset/paper';
import { bibtexText } from './bibtexText';

/** How an accepted ICLR paper's proceedings are named: `openreview` as OpenReview's BibTeX, `short`, or `dblp` as dblp's records. */
export const BOOKTITLE_STYLES = ['openreview', 'short', 'dblp'] as const;
export type BooktitleStyle = (typeof BOOKTITLE_STYLES)[number];

const ICLR_NAME = 'International Conference on Learning Representations';

/**
 * OpenReview's booktitle: the plain name up to 2022, the edition's ordinal from 2023
 * (openreview-py's generate_bibtex writes whatever name the venue configures).
 */
const OPENREVIEW_ORDINALS: ReadonlyMap<number, string> = new Map([
  [2023, 'Eleventh'],
  [2024, 'Twelfth'],
  [2025, 'Thirteenth'],
]);

/**
 * dblp's booktitle for each ICLR proceedings volume, as its records (`conf/iclr/…`) read; every one has
 * `publisher = {OpenReview.net}`. Years without a checked record fall back to the `openreview` name.
 */
const DBLP_BOOKTITLES: ReadonlyMap<number, string> = new Map([
  [2018, '6th International Conference on Learning Representations, {ICLR} 2018, Vancouver, BC, Canada, April 30 - May 3, 2018, Conference Track Proceedings'],
  [2019, '7th International Conference on Learning Representations, {ICLR} 2019, New Orleans, LA, USA, May 6-9, 2019'],
  [2020, '8th International Conference on Learning Representations, {ICLR} 2020, Addis Ababa, Ethiopia, April 26-30, 2020'],
  [2021, '9th International Conference on Learning Representations, {ICLR} 2021, Virtual Event, Austria, May 3-7, 2021'],
  [2022, 'The Tenth International Conference on Learning Representations, {ICLR} 2022, Virtual Event, April 25-29, 2022'],
  [2023, 'The Eleventh International Conference on Learning Representations, {ICLR} 2023, Kigali, Rwanda, May 1-5, 2023'],
  [2024, 'The Twelfth International Conference on Learning Representations, {ICLR} 2024, Vienna, Austria, May 7-11, 2024'],
  [2025, 'The Thirteenth International Conference on Learning Representations, {ICLR} 2025, Singapore, April 24-28, 2025'],
]);
const DBLP_PUBLISHER = 'OpenReview.net';

/**
 * The `booktitle` (and, in the dblp style, `publisher`) of a paper accepted to the main track, as BibTeX
 * field values. Only ICLR's names are known; another venue's booktitle is its name from the dataset.
 */
export function proceedingsFields(paper: Pick<Paper, 'venue' | 'year'>, style: BooktitleStyle): [string, string][] {
  if (paper.venue !== 'ICLR') return [['booktitle', bibtexText(paper.venue, { protectCase: false })]];
  const dblp = style === 'dblp' && paper.year !== undefined ? DBLP_BOOKTITLES.get(paper.year) : undefined;
  if (dblp !== undefined) return [['booktitle', dblp], ['publisher', DBLP_PUBLISHER]];
  const ordinal = style === 'short' || paper.year === undefined ? undefined : OPENREVIEW_ORDINALS.get(paper.year);
  return [['booktitle', ordinal === undefined ? ICLR_NAME : `The ${ordinal} ${ICLR_NAME}`]];
}
