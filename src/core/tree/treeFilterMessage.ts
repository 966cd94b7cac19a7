import { english } from '../translate';
import type { Translate } from '../translate';

/**
 * The line above the filtered tree. The view description also names the filter, but VS Code hides it
 * while the view is alone in its container, so this is what the user reliably sees.
 */
export function treeFilterMessage(query: string, shown: number, total: number, hint?: string, t: Translate = english): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  const message = total === 1 ? t('Showing {0} of 1 paper matching “{1}”.', shown, oneLine) : t('Showing {0} of {1} papers matching “{2}”.', shown, total, oneLine);
  return hint === undefined || hint === '' ? message : `${message} ${hint}`;
}
