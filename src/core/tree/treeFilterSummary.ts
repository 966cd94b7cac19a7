import { english } from '../translate';
import type { Translate } from '../translate';

/** The line under the filter input box: how many papers the query keeps, and why it was read differently. */
export function treeFilterSummary(matches: number, hint?: string, t: Translate = english): string {
  const count = matches === 0 ? t('No papers match.') : matches === 1 ? t('1 paper matches.') : t('{0} papers match.', matches);
  return hint === undefined || hint === '' ? count : `${count} ${hint}`;
}
