import type { Translate } from '../translate';
import type { DatasetProblem } from './paper';

/** A broken file can yield a problem per row; past `limit` the rest is summarised in one line. */
export const MAX_PROBLEMS = 1000;

/** Orders problems by line (file-wide first) and keeps at most `limit`, then one 'and N more problems' that counts them in `more`. */
export function capProblems(problems: readonly DatasetProblem[], file: string, t: Translate, limit = MAX_PROBLEMS): DatasetProblem[] {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  if (sorted.length <= limit) return sorted;
  const more = sorted.length - limit;
  const message = more === 1 ? t('and 1 more problem') : t('and {0} more problems', more);
  return [...sorted.slice(0, limit), { file, line: 0, message, more }];
}
