import type { Translate } from '../translate';
import { capProblems } from './capProblems';
import type { DatasetProblem } from './paper';
import { PaperMerger } from './paperMerger';
import { paperId } from './paperId';
import type { ParsedDataset } from './parsedDataset';
import type { RawRows } from './rawRow';
import { OPTIONAL_FIELDS, rowToPaper } from './rowToPaper';
import type { OptionalField } from './rowToPaper';

interface LoadedRow {
  readonly line: number;
  readonly missing: readonly OptionalField[];
  readonly notes: readonly string[];
}

/**
 * Validates raw rows into papers with ids, merging rows that hold the same paper.
 * Each row yields at most one problem; a field absent from every row is one file-wide problem instead.
 */
export function papersFromRows({ rows, problems: readProblems }: RawRows, file: string, t: Translate): ParsedDataset {
  const problems: DatasetProblem[] = [...readProblems];
  const merger = new PaperMerger(t);
  const loaded: LoadedRow[] = [];
  for (const { line, value } of rows) {
    const result = rowToPaper(value, t);
    if (!result.ok) {
      problems.push({ file, line, message: result.message });
      continue;
    }
    merger.add({ id: paperId(result.paper), ...result.paper }, { file, line });
    loaded.push({ line, missing: result.missing, notes: result.notes });
  }
  problems.push(...missingFieldProblems(loaded, file, t), ...merger.problems);
  return { papers: merger.papers, sources: merger.sources, problems: capProblems(problems, file, t), duplicates: merger.duplicates };
}

function missingFieldProblems(loaded: readonly LoadedRow[], file: string, t: Translate): DatasetProblem[] {
  const absentEverywhere = OPTIONAL_FIELDS.filter((field) => loaded.length > 0 && loaded.every((row) => row.missing.includes(field)));
  const problems: DatasetProblem[] = absentEverywhere.map((field) => ({
    file,
    line: 0,
    message: t("no row has a field named '{0}'; {1}", field, defaultNote(field, t)),
  }));
  for (const row of loaded) {
    const missing = row.missing.filter((field) => !absentEverywhere.includes(field));
    const parts = [...(missing.length > 0 ? [t('missing {0}', missing.join(', '))] : []), ...row.notes];
    if (parts.length > 0) problems.push({ file, line: row.line, message: parts.join('; ') });
  }
  return problems;
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
