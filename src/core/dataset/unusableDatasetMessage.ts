import { english } from '../translate';
import type { Translate } from '../translate';
import { formatProblem } from './formatProblem';
import type { ParsedDataset } from './parsedDataset';

/** Why a file cannot be imported at all, naming the file, or undefined when it has at least one usable paper. */
export function unusableDatasetMessage(dataset: ParsedDataset, file: string, t: Translate = english): string | undefined {
  if (dataset.papers.length > 0) return undefined;
  const first = dataset.problems[0];
  return first === undefined ? t('{0}: no usable papers (the file is empty)', file) : t('{0}: no usable papers ({1})', file, formatProblem(first));
}
