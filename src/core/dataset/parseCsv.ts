import { Readable } from 'node:stream';
import { parse as parseStream } from 'csv-parse';
import type { CsvError, Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type { Translate } from '../translate';
import type { DatasetProblem } from './paper';
import type { RawRow, RawRows } from './rawRow';

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/** Separators a spreadsheet may export with: comma, semicolon (European locales), tab (TSV), pipe. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * CSV (or TSV, or semicolon-separated) with a header row; quoted fields may hold separators, quotes and
 * newlines. A row with more fields than the header is reported and skipped; one with fewer loads with the
 * rest missing.
 */
export function parseCsv(text: string, file: string, t: Translate): RawRows {
  const skipped: CsvError[] = [];
  // csv-parse counts both halves of a CRLF inside quotes as lines, so line numbers need LF endings.
  const normalised = text.replace(/\r\n?/g, '\n');
  const records = parse(normalised, csvOptions(csvDelimiter(normalised), skipped)) as unknown as CsvRecord[];
  const reader = new CsvRows(file, t);
  for (const record of records) reader.record(record);
  return reader.finish(skipped);
}

/**
 * The same, for a file read line by line (`lines` without their line breaks), so a 400 MB file is never one
 * string; rows go to `onRow` as they are read. The separator is read from the first line.
 */
export async function parseCsvLines(lines: AsyncIterable<string>, file: string, t: Translate, onRow: (row: RawRow) => void): Promise<DatasetProblem[]> {
  const skipped: CsvError[] = [];
  const reader = new CsvRows(file, t, onRow);
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done !== true) {
    async function* text(): AsyncGenerator<string> {
      yield `${first.value as string}\n`;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield `${next.value}\n`;
    }
    const parser = Readable.from(text()).pipe(parseStream(csvOptions(csvDelimiter(first.value), skipped)));
    for await (const record of parser) reader.record(record as CsvRecord);
  }
  return reader.finish(skipped).problems;
}

function csvOptions(delimiter: string, skipped: CsvError[]): Options {
  return {
    delimiter,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push(error);
    },
  };
}

/**
 * The separator of the header line: the candidate that splits it into the most columns, when that gives a
 * `title` column; else a comma (and a missing title column is reported as such).
 */
export function csvDelimiter(text: string): string {
  const header = (/^\s*([^\n]*)/.exec(text)?.[1] ?? '').toLowerCase();
  const columns = (delimiter: string): string[] => header.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, ''));
  const withTitle = DELIMITERS.filter((delimiter) => columns(delimiter).includes('title'));
  return withTitle.sort((a, b) => columns(b).length - columns(a).length)[0] ?? ',';
}

/** Records to rows: the first is the header; the rest become rows keyed by its column names. */
class CsvRows {
  private columns: string[] | undefined;
  private readonly rows: RawRow[] = [];
  private readonly problems: DatasetProblem[] = [];
  private lastLine = 0;

  constructor(
    private readonly file: string,
    private readonly t: Translate,
    private readonly onRow: (row: RawRow) => void = (row) => this.rows.push(row),
  ) {}

  record({ record, raw, info }: CsvRecord): void {
    this.lastLine = info.lines;
    if (this.columns === undefined) {
      this.columns = columnNames(record);
      return;
    }
    const line = startLine(raw, info.lines);
    if (record.length > this.columns.length) {
      this.problems.push({ file: this.file, line, message: this.t('row has {0} fields but the header has {1}; row skipped', record.length, this.columns.length) });
      return;
    }
    const columns = this.columns;
    this.onRow({ line, value: Object.fromEntries(record.map((field, i) => [columns[i], field])) });
  }

  finish(skipped: readonly CsvError[]): RawRows {
    if (this.columns === undefined) return { rows: [], problems: [{ file: this.file, line: 0, message: this.t('empty CSV file: expected a header row (title, abstract, …)') }] };
    for (const error of skipped) this.problems.push(csvProblem(error, this.file, this.lastLine, this.t));
    return { rows: this.rows, problems: this.problems };
  }
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
