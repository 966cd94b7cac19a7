import { formatProblem } from './formatProblem';
import type { ParsedDataset } from './parsedDataset';

/** Why a file cannot be imported at all, naming the file, or undefined when it has at least one usable paper. */
export function unusableDatasetMessage(dataset: ParsedDataset, file: string): string | undefined {
  if (dataset.papers.length > 0) return undefined;
  const first = dataset.problems[0];
  return `${file}: no usable papers${first === undefined ? ' (the file is empty)' : ` (${formatProblem(first)})`}`;
}
