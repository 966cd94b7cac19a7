import type { DatasetProblem, Paper } from './paper';
import type { RowSource } from './paperMerger';

/** Everything read from one dataset file. */
export interface ParsedDataset {
  /** Valid papers in file order, rows of the same paper merged. */
  readonly papers: Paper[];
  /** The file and line each paper was read from, in the order of `papers`. */
  readonly sources: readonly RowSource[];
  /** Sorted by line, file-wide ones (line 0) first, capped with a final 'and N more problems'. */
  readonly problems: DatasetProblem[];
  /** Rows dropped because an earlier row holds the same paper. */
  readonly duplicates: number;
}
