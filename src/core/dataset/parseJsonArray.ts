import { jsonErrorMessage } from './jsonErrorMessage';
import type { RawRows } from './rawRow';

/** A JSON document holding one array of rows; each row's line is its index + 1, as Paper's DatasetProblem documents. */
export function parseJsonArray(text: string, file: string): RawRows {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const hint = /^\s*\{[^\n]*\}\s*\n\s*\{/.test(text) ? '; it looks like one object per line: name it .jsonl' : '';
    return { rows: [], problems: [{ file, line: 0, message: `invalid JSON (${jsonErrorMessage(error)})${hint}` }] };
  }
  if (!Array.isArray(value)) {
    return { rows: [], problems: [{ file, line: 0, message: `expected a JSON array of paper objects, found ${describe(value)}` }] };
  }
  return { rows: value.map((element: unknown, index) => ({ line: index + 1, value: element })), problems: [] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
