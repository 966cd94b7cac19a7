import type { Translate } from '../translate';
import { capProblems } from './capProblems';
import type { DatasetProblem } from './paper';
import { PaperMerger } from './paperMerger';
import { paperId } from './paperId';
import type { ParsedDataset } from './parsedDataset';
import type { RawRows } from './rawRow';
import { OPTIONAL_FIELDS, rowToPaper } from './rowToPaper';
import type { OptionalField } from './rowToPaper';

/** Distinct texts remembered for sharing: the table costs tens of MB at most. */
const MAX_SHARED_TEXTS = 1_000_000;

interface NotedRow {
  readonly line: number;
  readonly missing: readonly OptionalField[];
  readonly notes: readonly string[];
}

/** Validates raw rows into papers with ids, merging rows that hold the same paper (see DatasetCollector). */
export function papersFromRows({ rows, problems }: RawRows, file: string, t: Translate): ParsedDataset {
  const collector = new DatasetCollector(file, t);
  for (const problem of problems) collector.problem(problem);
  for (const { line, value } of rows) collector.row(line, value);
  return collector.finish();
}

/**
 * Turns rows into papers one at a time, as a file is read, keeping nothing of a row but its paper and, when
 * it has something to report, its notes. Each row yields at most one problem; a field absent from every row
 * is one file-wide problem instead.
 */
export class DatasetCollector {
  private readonly problems: DatasetProblem[] = [];
  private readonly merger: PaperMerger;
  private readonly noted: NotedRow[] = [];
  private readonly missingCounts = new Map<OptionalField, number>();
  private loaded = 0;
  /** One copy of each text that many rows repeat (see shared). */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly t: Translate,
  ) {
    this.merger = new PaperMerger(t);
  }

  get papersSoFar(): number {
    return this.loaded;
  }

  problem(problem: DatasetProblem): void {
    this.problems.push(problem);
  }

  row(line: number, value: unknown): void {
    const result = rowToPaper(value, this.t);
    if (!result.ok) {
      this.problems.push({ file: this.file, line, message: result.message });
      return;
    }
    const { paper } = result;
    const { shared } = this;
    const kept = { id: paperId(paper), ...paper, conference: shared(paper.conference), decision: shared(paper.decision), authors: paper.authors.map(shared), keywords: paper.keywords.map(shared) };
    this.merger.add(kept, { file: this.file, line });
    this.loaded++;
    for (const field of result.missing) this.missingCounts.set(field, (this.missingCounts.get(field) ?? 0) + 1);
    if (result.missing.length > 0 || result.notes.length > 0) this.noted.push({ line, missing: result.missing, notes: result.notes });
  }

  /**
   * The first copy of a text seen before: authors, keywords, conferences and decisions repeat across rows, and
   * each row's own copy cost a large dataset tens of MB (conference, names and keywords: 200 bytes a paper).
   */
  private readonly shared = (text: string): string => {
    const first = this.texts.get(text);
    if (first !== undefined) return first;
    // Bounded, so that a file of a million distinct names costs no more than one without sharing.
    if (this.texts.size >= MAX_SHARED_TEXTS) this.texts.clear();
    this.texts.set(text, text);
    return text;
  };

  finish(): ParsedDataset {
    const { file, t, merger } = this;
    const absentEverywhere = OPTIONAL_FIELDS.filter((field) => this.loaded > 0 && this.missingCounts.get(field) === this.loaded);
    for (const field of absentEverywhere) this.problems.push({ file, line: 0, message: t("no row has a field named '{0}'; {1}", field, defaultNote(field, t)) });
    for (const row of this.noted) {
      const missing = row.missing.filter((field) => !absentEverywhere.includes(field));
      const parts = [...(missing.length > 0 ? [t('missing {0}', missing.join(', '))] : []), ...row.notes];
      if (parts.length > 0) this.problems.push({ file, line: row.line, message: parts.join('; ') });
    }
    this.problems.push(...merger.problems);
    return { papers: merger.papers, sources: merger.sources, problems: capProblems(this.problems, file, t), duplicates: merger.duplicates };
  }
}

/** What the user sees instead of a field no row has. */
function defaultNote(field: OptionalField, t: Translate): string {
  switch (field) {
    case 'conference':
      return t("venues show as 'Unknown'");
    case 'abstract':
      return t('abstracts are empty');
    case 'decision':
      return t("decisions show as 'Other'");
  }
}
