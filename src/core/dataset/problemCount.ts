import type { DatasetProblem } from './paper';

/** How many problems a file has; the core caps a long list with a final `and N more problems`, whose N counts too. */
export function problemCount(problems: readonly DatasetProblem[]): number {
  const last = problems[problems.length - 1];
  const summarised = last?.line === 0 ? /^and (\d+) more problems?$/.exec(last.message) : null;
  return summarised === null ? problems.length : problems.length - 1 + Number(summarised[1]);
}
