import type { Translate } from '../translate';
import { jsonErrorMessage } from './jsonErrorMessage';
import type { DatasetProblem } from './paper';
import type { RawRow, RawRows } from './rawRow';

/** One JSON value per line; blank lines are skipped and a bad line is reported without losing the rest. */
export function parseJsonl(text: string, file: string, t: Translate): RawRows {
  const rows: RawRow[] = [];
  const problems: DatasetProblem[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return;
    try {
      rows.push({ line: index + 1, value: JSON.parse(content) });
    } catch (error) {
      problems.push({ file, line: index + 1, message: t('invalid JSON ({0})', jsonErrorMessage(error)) });
    }
  });
  return { rows, problems };
}
