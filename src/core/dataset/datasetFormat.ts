export type TextFormat = 'jsonl' | 'json' | 'csv';
export type DatasetFormat = TextFormat | 'parquet';

const BY_EXTENSION: ReadonlyMap<string, DatasetFormat> = new Map<string, DatasetFormat>([
  ['jsonl', 'jsonl'],
  ['ndjson', 'jsonl'],
  ['json', 'json'],
  ['csv', 'csv'],
  ['parquet', 'parquet'],
]);

/** The format a file name promises (`papers.jsonl.gz` promises JSONL), or undefined for an unknown extension. */
export function formatFromExtension(file: string): DatasetFormat | undefined {
  const extension = /\.([A-Za-z0-9]+)(?:\.gz)?$/i.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : BY_EXTENSION.get(extension);
}

/** Guesses a text format from the first character: `[` is a JSON array, `{` one object per line, anything else CSV. */
export function formatFromContent(text: string): TextFormat {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ''))?.[0];
  return first === '[' ? 'json' : first === '{' ? 'jsonl' : 'csv';
}
