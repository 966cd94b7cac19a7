import { english } from '../translate';
import type { Translate } from '../translate';

/**
 * The first `max` authors, comma-separated, then "et al." when there are more: `Hee Suk Yoon, Joshua Tian
 * Jin Tee, Eunseop Yoon et al.`; '' when the dataset has none. Names are shown as the dataset writes them.
 */
export function authorSummary(authors: readonly string[], max: number, t: Translate = english): string {
  const shown = authors.slice(0, Math.max(1, max)).join(', ');
  return authors.length > max ? t('{0} et al.', shown) : shown;
}
