import { english } from '../translate';
import type { Translate } from '../translate';

/** Longest query shown in the view's title bar; the input box still holds all of it. */
const MAX_QUERY_CHARS = 40;

/** The view description while a filter is active, e.g. `diffusion year:2022..2023 · 12 of 100`. */
export function treeFilterDescription(query: string, shown: number, total: number, t: Translate = english): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  let short = oneLine;
  if (oneLine.length > MAX_QUERY_CHARS) {
    let head = oneLine.slice(0, MAX_QUERY_CHARS - 1);
    // Never end on half of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
    short = `${head.trimEnd()}…`;
  }
  return t('{0} · {1} of {2}', short, shown, total);
}
