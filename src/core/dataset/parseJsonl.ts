import type { Translate } from '../translate';
import { jsonErrorMessage } from './jsonErrorMessage';
import type { DatasetProblem } from './paper';
import type { RawRow, RawRows } from './rawRow';

/** One JSON value per line; blank lines are skipped and a bad line is reported without losing the rest. */
export function parseJsonl(text: string, file: string, t: Translate): RawRows {
  const rows: RawRow[] = [];
  const problems: DatasetProblem[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const read = jsonlRow(index + 1, content, file, t);
    if (read === undefined) return;
    if ('value' in read) rows.push(read);
    else problems.push(read);
  });
  return { rows, problems };
}

/** One line of a JSON Lines file: its row, its problem, or nothing for a blank line. */
export function jsonlRow(line: number, content: string, file: string, t: Translate): RawRow | DatasetProblem | undefined {
  if (content.trim() === '') return undefined;
  try {
    return { line, value: JSON.parse(content) as unknown };
  } catch (error) {
    return { file, line, message: t('invalid JSON ({0})', jsonErrorMessage(error)) };
  }
}
