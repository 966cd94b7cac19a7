import type { DatasetProblem } from './paper';

/** One record as a file format yields it, before validation, with the line it starts on. */
export interface RawRow {
  readonly line: number;
  readonly value: unknown;
}

/** What each format parser returns: its records and the problems that stopped some from being read. */
export interface RawRows {
  readonly rows: RawRow[];
  readonly problems: DatasetProblem[];
}
