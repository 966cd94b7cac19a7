import type { DecisionTier } from '../venues';

/** Where an abstract's text comes from, as the bundled corpus records it (see data/SOURCES.md). */
export const ABSTRACT_QUALITIES = ['api', 'crawl', 'lossy', 'none'] as const;
/** `api`: OpenReview's exact text; `crawl`: scraped from its pages; `lossy`: punctuation lost at the source; `none`: no abstract. */
export type AbstractQuality = (typeof ABSTRACT_QUALITIES)[number];

/** One paper as every part of Paper Lookup sees it: raw fields kept for display, parsed ones for grouping. */
export interface Paper {
  /**
   * Stable id: the OpenReview forum id when the dataset has one (`bHW9njOSON`), else made from venue, year
   * and title (see paperId). Never depends on row order.
   */
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
  /** Display names in the dataset's order (`Hee Suk Yoon`, or `Smith, J.` as written); empty when it has none. */
  readonly authors: readonly string[];
  /** Author-given keywords; empty when the dataset has none. */
  readonly keywords: readonly string[];
  /** The OpenReview forum id (`https://openreview.net/forum?id=…`), when the dataset has it. */
  readonly openreviewId?: string;
  /** Where the abstract comes from, when the dataset says. */
  readonly abstractQuality?: AbstractQuality;
  /** Other columns (url, id, …) as text, when the dataset has them. */
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
