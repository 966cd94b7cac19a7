import type { Translate } from '../translate';
import { describeValue } from './describeValue';
import { jsonErrorMessage } from './jsonErrorMessage';
import type { RawRows } from './rawRow';

/** A JSON document holding one array of rows; each row's line is its index + 1, as Paper's DatasetProblem documents. */
export function parseJsonArray(text: string, file: string, t: Translate): RawRows {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = jsonErrorMessage(error);
    const message = /^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)
      ? t('invalid JSON ({0}); it looks like one object per line: name it .jsonl', reason)
      : t('invalid JSON ({0})', reason);
    return { rows: [], problems: [{ file, line: 0, message }] };
  }
  if (!Array.isArray(value)) {
    return { rows: [], problems: [{ file, line: 0, message: t('expected a JSON array of paper objects, found {0}', describeValue(value, t)) }] };
  }
  return { rows: value.map((element: unknown, index) => ({ line: index + 1, value: element })), problems: [] };
}
