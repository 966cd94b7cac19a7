import type { DatasetProblem } from './paper';

/** A broken file can yield a problem per row; past `limit` the rest is summarised in one line. */
export const MAX_PROBLEMS = 1000;

/** Orders problems by line (file-wide first) and keeps at most `limit`, then one 'and N more problems'. */
export function capProblems(problems: readonly DatasetProblem[], file: string, limit = MAX_PROBLEMS): DatasetProblem[] {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  if (sorted.length <= limit) return sorted;
  const more = sorted.length - limit;
  return [...sorted.slice(0, limit), { file, line: 0, message: `and ${more} more problem${more === 1 ? '' : 's'}` }];
}
