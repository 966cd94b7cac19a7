import type { DatasetProblem } from './paper';

/** How many problems a file has; the core caps a long list with a final `and N more problems`, whose N counts too. */
export function problemCount(problems: readonly DatasetProblem[]): number {
  const more = problems[problems.length - 1]?.more;
  return more === undefined ? problems.length : problems.length - 1 + more;
}
