import type { DatasetStats, TierCount } from '../dataset/datasetStats';
import { formatProblem } from '../dataset/formatProblem';
import { english } from '../translate';
import type { Translate } from '../translate';
import { tierLabel } from '../venues';
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
export function importSummary(report: ImportReport, stats: DatasetStats, t: Translate = english): ImportSummaryText {
  const lines = stats.byVenue.slice(0, SHOWN_VENUES).map((venue) => `${venue.label}: ${papers(venue.count, t)} (${tierList(venue.byTier, t)})`);
  const hidden = stats.byVenue.slice(SHOWN_VENUES);
  if (hidden.length > 0) {
    const count = papers(hidden.reduce((sum, venue) => sum + venue.count, 0), t);
    lines.push(hidden.length === 1 ? t('…and 1 more venue ({0})', count) : t('…and {0} more venues ({1})', grouped(hidden.length), count));
  }
  if (report.duplicates > 0) lines.push(report.duplicates === 1 ? t('1 duplicate merged.') : t('{0} duplicates merged.', grouped(report.duplicates)));
  if (report.problemCount > 0) {
    lines.push(
      '',
      report.problemCount === 1
        ? t('1 problem; those rows were skipped or read in part:')
        : t('{0} problems; those rows were skipped or read in part:', grouped(report.problemCount)),
    );
    lines.push(...report.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem));
    const more = report.problemCount - Math.min(SHOWN_PROBLEMS, report.problems.length);
    if (more > 0) lines.push(t('…and {0} more in the Paper Lookup output channel.', more));
  }
  return {
    message: t('Replace the active dataset with {0} from {1}?', papers(stats.total, t), fileList(report.files, t)),
    detail: lines.join('\n'),
  };
}

/** The notice after a dataset became active. */
export function importedMessage(report: ImportReport, total: number, t: Translate = english): string {
  const message = t('Paper Lookup now searches {0} from {1}.', papers(total, t), fileList(report.files, t));
  if (report.problemCount === 0) return message;
  const problems = report.problemCount === 1 ? t('1 problem skipped or shortened rows.') : t('{0} problems skipped or shortened rows.', grouped(report.problemCount));
  return `${message} ${problems}`;
}

/** Every problem, for the output channel (which stays English, like the rest of the log), under one line naming the import. */
export function problemLogLines(report: ImportReport): string[] {
  if (report.problemCount === 0) return [];
  return [`Importing ${fileList(report.files)}: ${grouped(report.problemCount)} ${report.problemCount === 1 ? 'problem' : 'problems'}.`, ...report.problems.map(formatProblem)];
}

/** `a.jsonl`, `a.jsonl and b.csv`, `a.jsonl, b.csv and c.json`, or `5 files` when naming them would not fit. */
export function fileList(files: readonly string[], t: Translate = english): string {
  if (files.length > 3) return t('{0} files', files.length);
  if (files.length <= 1) return files[0] ?? t('no files');
  return t('{0} and {1}', files.slice(0, -1).join(', '), files[files.length - 1]!);
}

/** `12,000 papers`, with the grouping a reader expects whatever the machine's locale. */
export function papers(count: number, t: Translate = english): string {
  return count === 1 ? t('1 paper') : t('{0} papers', grouped(count));
}

function tierList(tiers: readonly TierCount[], t: Translate): string {
  return tiers.map((tier) => `${grouped(tier.count)} ${tierLabel(tier.tier, t)}`).join(', ');
}

function grouped(count: number): string {
  return count.toLocaleString('en-US');
}
