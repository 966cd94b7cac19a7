import { parseBibFile } from '../bibliography/parseBibFile';
import type { ParsedBib } from '../bibliography/parseBibFile';
import { english } from '../translate';
import type { Translate } from '../translate';
import { normaliseTitle } from './normaliseTitle';

/** One entry of a .bib file, as much as duplicate checks need. */
export interface BibEntrySummary {
  readonly key: string;
  /** `normaliseTitle` of the title field; empty when the entry has none. */
  readonly title: string;
  readonly year: string | undefined;
}

export interface BibScan {
  /** Every entry key as written. */
  readonly keys: Set<string>;
  /** Normalised title -> key of the first entry with that title. */
  readonly titles: Map<string, string>;
  readonly entries: readonly BibEntrySummary[];
  /** The first error found, for a warning; the entries around it are still read. */
  readonly parseError?: string;
}

/**
 * Keys, titles and years of a .bib's entries (see parseBibFile: a broken entry is reported and skipped, the
 * entries after it are still found). Pass `parsed` when the text was parsed already. Nothing is rewritten.
 */
export function scanBibFile(text: string, t: Translate = english, parsed: ParsedBib = parseBibFile(text, t)): BibScan {
  const entries = parsed.entries.map((entry) => ({
    key: entry.key,
    title: normaliseTitle(entry.fields.get('title')?.value ?? ''),
    year: entry.fields.get('year')?.value.trim(),
  }));
  const titles = new Map<string, string>();
  for (const entry of entries) if (entry.title !== '' && !titles.has(entry.title)) titles.set(entry.title, entry.key);
  const parseError = parsed.problems.find((problem) => problem.severity === 'error')?.message;
  const scan = { keys: new Set(entries.map((entry) => entry.key)), titles, entries };
  return parseError === undefined ? scan : { ...scan, parseError };
}
