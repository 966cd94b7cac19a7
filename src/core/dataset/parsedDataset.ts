import type { DatasetProblem, Paper } from './paper';

/** Everything read from one dataset file. */
export interface ParsedDataset {
  /** Valid papers in file order, exact duplicates merged. */
  readonly papers: Paper[];
  /** Sorted by line, file-wide ones (line 0) first, capped with a final 'and N more problems'. */
  readonly problems: DatasetProblem[];
  /** Rows dropped because an earlier row holds the same paper. */
  readonly duplicates: number;
}
