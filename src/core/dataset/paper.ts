import type { DecisionTier } from '../venues';

/** One paper as every part of Paper Lookup sees it: raw fields kept for display, parsed ones for grouping. */
export interface Paper {
  /** Stable id from venue, year and normalised title; never depends on row order. */
  readonly id: string;
  /** Raw `conference` column, e.g. `ICLR.cc/2023/Conference`. */
  readonly conference: string;
  /** Short venue name, e.g. `ICLR`. */
  readonly venue: string;
  /** Conference year, or undefined when the conference string has none. */
  readonly year: number | undefined;
  readonly title: string;
  readonly abstract: string;
  /** Raw decision string, e.g. `Accept: notable-top-5%`. */
  readonly decision: string;
  readonly tier: DecisionTier;
  /** Extra columns (id, url, authors, keywords …) as text, when the dataset has them. */
  readonly extra: Readonly<Record<string, string>>;
}

/** A problem found while reading a dataset, reported as `file:line: message`. */
export interface DatasetProblem {
  readonly file: string;
  /** 1-based line (JSONL, CSV) or element index + 1 (JSON array); 0 when it concerns the whole file. */
  readonly line: number;
  readonly message: string;
  /** Only on the line that sums up the problems past the cap: how many it stands for. */
  readonly more?: number;
}
