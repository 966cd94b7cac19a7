import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import type { Translate } from '../translate';
import type { DatasetProblem } from './paper';
import type { RawRow, RawRows } from './rawRow';

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * CSV with a header row; quoted fields may hold commas, quotes and newlines.
 * A row with more fields than the header is reported and skipped; one with fewer loads with the rest missing.
 */
export function parseCsv(text: string, file: string, t: Translate): RawRows {
  const problems: DatasetProblem[] = [];
  const skipped: CsvError[] = [];
  // csv-parse counts both halves of a CRLF inside quotes as lines, so line numbers need LF endings.
  const records = parse(text.replace(/\r\n?/g, '\n'), {
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push(error);
    },
  }) as unknown as CsvRecord[]; // csv-parse's types do not model the `info: true` record shape
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ file, line: 0, message: t('empty CSV file: expected a header row (title, abstract, …)') }] };
  const columns = columnNames(header.record);
  const rows: RawRow[] = [];
  for (const { record, raw, info } of body) {
    const line = startLine(raw, info.lines);
    if (record.length > columns.length) {
      problems.push({ file, line, message: t('row has {0} fields but the header has {1}; row skipped', record.length, columns.length) });
      continue;
    }
    rows.push({ line, value: Object.fromEntries(record.map((field, i) => [columns[i], field])) });
  }
  const lastLine = records.length > 0 ? records[records.length - 1].info.lines : 0;
  for (const error of skipped) problems.push(csvProblem(error, file, lastLine, t));
  return { rows, problems };
}

// Blank or repeated header names would make fields overwrite each other, so they get a position-based name.
function columnNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, index) => {
    const name = raw.trim();
    const unique = name === '' || seen.has(name) ? `column${index + 1}` : name;
    seen.add(unique);
    return unique;
  });
}

// info.lines is where the record ends; the raw text (less leading blank lines) says how many lines it spans.
function startLine(raw: string, endLine: number): number {
  const newlines = raw.replace(/^\n+/, '').replace(/\n$/, '').split('\n').length - 1;
  return endLine - newlines;
}

function csvProblem(error: CsvError, file: string, lastLine: number, t: Translate): DatasetProblem {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return { file, line: lastLine + 1, message: t('a quoted field is never closed; nothing from here to the end of the file was read') };
  }
  return { file, line: typeof error.lines === 'number' ? error.lines : 0, message: t('invalid CSV ({0})', error.message) };
}
