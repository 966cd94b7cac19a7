import type { CiteLanguage } from './citeLanguage';
import { findLatexCiteAt } from './findLatexCiteAt';
import { MARKDOWN_KEY } from './findPandocCiteAt';
import type { KeyRange } from './keyRange';

/** The citation key under `offset` (for hover): a key of a `\cite…{…}` list, or a Markdown `@key` including its `@`. */
export function citeKeyAt(text: string, offset: number, lang: CiteLanguage): KeyRange | undefined {
  if (lang === 'latex') {
    return findLatexCiteAt(text, offset)?.keys.find((key) => key.start <= offset && offset <= key.end);
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  for (const match of line.matchAll(MARKDOWN_KEY)) {
    const key = match[1]!; // the key group is not optional
    const end = lineStart + (match.index ?? 0) + match[0].length;
    const start = end - key.length;
    if (start - 1 <= offset && offset <= end) return { key, start, end };
  }
  return undefined;
}
