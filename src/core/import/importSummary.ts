import type { DatasetStats, TierCount } from '../dataset/datasetStats';
import { formatProblem } from '../dataset/formatProblem';
import type { ImportReport } from './importReport';

/** Problems named in the confirmation itself; the rest are in the output channel. */
export const SHOWN_PROBLEMS = 3;
/** Venues listed one per line; a corpus of many venues would otherwise make the dialog taller than the screen. */
export const SHOWN_VENUES = 8;

/** The confirmation dialog's text: a question and the details that let the user decide. */
export interface ImportSummaryText {
  readonly message: string;
  readonly detail: string;
}

/** Asks before replacing the active dataset, listing papers per venue and tier, merged duplicates and the first problems. */
export function importSummary(report: ImportReport, stats: DatasetStats): ImportSummaryText {
  const lines = stats.byVenue.slice(0, SHOWN_VENUES).map((venue) => `${venue.label}: ${papers(venue.count)} (${tierList(venue.byTier)})`);
  const hidden = stats.byVenue.slice(SHOWN_VENUES);
  if (hidden.length > 0) {
    const count = hidden.reduce((sum, venue) => sum + venue.count, 0);
    lines.push(`…and ${plural(hidden.length, 'more venue')} (${papers(count)})`);
  }
  if (report.duplicates > 0) lines.push(`${plural(report.duplicates, 'duplicate')} merged.`);
  if (report.problemCount > 0) {
    lines.push('', `${plural(report.problemCount, 'problem')}; those rows were skipped or read in part:`);
    lines.push(...report.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem));
    const more = report.problemCount - Math.min(SHOWN_PROBLEMS, report.problems.length);
    if (more > 0) lines.push(`…and ${more} more in the Paper Lookup output channel.`);
  }
  return {
    message: `Replace the active dataset with ${papers(stats.total)} from ${fileList(report.files)}?`,
    detail: lines.join('\n'),
  };
}

/** The notice after a dataset became active. */
export function importedMessage(report: ImportReport, total: number): string {
  const problems = report.problemCount > 0 ? ` ${plural(report.problemCount, 'problem')} skipped or shortened rows.` : '';
  return `Paper Lookup now searches ${papers(total)} from ${fileList(report.files)}.${problems}`;
}

/** Every problem, for the output channel, under one line saying which import they belong to. */
export function problemLogLines(report: ImportReport): string[] {
  if (report.problemCount === 0) return [];
  return [`Importing ${fileList(report.files)}: ${plural(report.problemCount, 'problem')}.`, ...report.problems.map(formatProblem)];
}

/** `a.jsonl`, `a.jsonl and b.csv`, `a.jsonl, b.csv and c.json`, or `5 files` when naming them would not fit. */
export function fileList(files: readonly string[]): string {
  if (files.length > 3) return `${files.length} files`;
  if (files.length <= 1) return files[0] ?? 'no files';
  return `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`;
}

/** `12,000 papers`, with the grouping a reader expects whatever the machine's locale. */
export function papers(count: number): string {
  return plural(count, 'paper');
}

function tierList(tiers: readonly TierCount[]): string {
  return tiers.map((tier) => `${tier.count.toLocaleString('en-US')} ${tier.label}`).join(', ');
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
