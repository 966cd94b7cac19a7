import { formatFromContent, formatFromExtension } from './datasetFormat';
import type { TextFormat } from './datasetFormat';
import { parseCsv } from './parseCsv';
import { parseJsonArray } from './parseJsonArray';
import { parseJsonl } from './parseJsonl';
import type { RawRows } from './rawRow';

/** Raw rows of a text dataset in `format`, else the extension's format, else the one its content suggests. */
export function readTextRows(text: string, file: string, format?: TextFormat): RawRows {
  const body = text.replace(/^\uFEFF/, '');
  switch (format ?? textFormatOf(file, body)) {
    case 'jsonl':
      return parseJsonl(body, file);
    case 'json':
      return parseJsonArray(body, file);
    case 'csv':
      return parseCsv(body, file);
  }
}

function textFormatOf(file: string, text: string): TextFormat {
  const fromName = formatFromExtension(file);
  return fromName === undefined || fromName === 'parquet' ? formatFromContent(text) : fromName;
}
