import type { DatasetProblem } from '../dataset/paper';

/** What an import found besides the papers: kept beside the cached index, so a cache hit can show the same summary. */
export interface ImportReport {
  /** The input file names, in the order they were given. */
  readonly files: readonly string[];
  /** Each file's problems (capped per file), in file order. */
  readonly problems: readonly DatasetProblem[];
  /** All problems, including those a cap summarised. */
  readonly problemCount: number;
  /** Rows dropped because another row or file holds the same paper. */
  readonly duplicates: number;
}

/** Checks a report read back from disk; anything else is a corrupt cache. */
export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    Array.isArray(report.files) &&
    report.files.every((file) => typeof file === 'string') &&
    Array.isArray(report.problems) &&
    report.problems.every(isProblem) &&
    Number.isInteger(report.problemCount) &&
    Number.isInteger(report.duplicates)
  );
}

function isProblem(value: unknown): value is DatasetProblem {
  if (typeof value !== 'object' || value === null) return false;
  const problem = value as Record<string, unknown>;
  return typeof problem.file === 'string' && Number.isInteger(problem.line) && typeof problem.message === 'string';
}
