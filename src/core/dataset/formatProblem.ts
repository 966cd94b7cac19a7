import type { DatasetProblem } from './paper';

/** `file:line: message`, the shape editors and terminals turn into links; file-wide problems have no line. */
export function formatProblem(problem: DatasetProblem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}
