import { formatFromContent, formatFromExtension } from './datasetFormat';
import type { TextFormat } from './datasetFormat';
import { parseCsv } from './parseCsv';
import { parseJsonArray } from './parseJsonArray';
import { parseJsonl } from './parseJsonl';
import type { RawRows } from './rawRow';
import type { Translate } from '../translate';

/** Raw rows of a text dataset in `format`, else the extension's format, else the one its content suggests. */
export function readTextRows(text: string, file: string, format: TextFormat | undefined, t: Translate): RawRows {
  const body = text.replace(/^\uFEFF/, '');
  switch (format ?? textFormatOf(file, body)) {
    case 'jsonl':
      return parseJsonl(body, file, t);
    case 'json':
      return parseJsonArray(body, file, t);
    case 'csv':
      return parseCsv(body, file, t);
  }
}

function textFormatOf(file: string, text: string): TextFormat {
  const fromName = formatFromExtension(file);
  return fromName === undefined || fromName === 'parquet' ? formatFromContent(text) : fromName;
}
