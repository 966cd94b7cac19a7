import type { KeyRange } from './keyRange';

/** A Pandoc bracketed citation `[see @a, p. 3; @b]`. */
export interface PandocCite {
  /** Offset of `[`. */
  readonly start: number;
  /** Offset of `]`. */
  readonly end: number;
  readonly keys: readonly KeyRange[];
}

/**
 * A Pandoc citation key after `@` (or `-@`): it starts with a letter, digit or `_`, and punctuation is
 * allowed only inside it, so `@smith04.` ends before the full stop. `@` after a word character is an
 * e-mail address, not a citation.
 */
export const MARKDOWN_KEY = /(?<![\p{L}\p{N}_@])-?@([\p{L}\p{N}_]+(?:[:.#$%&\-+?<>~/][\p{L}\p{N}_]+)*)/gu;

const LOOK_AROUND = 2000;

/** The bracketed citation containing `offset` (between `[` and `]`, within one paragraph), if any. */
export function findPandocCiteAt(text: string, offset: number): PandocCite | undefined {
  let start = offset - 1;
  for (; start >= Math.max(0, offset - LOOK_AROUND); start -= 1) {
    const ch = text[start];
    if (ch === '[') break;
    if (ch === ']' || isParagraphBreak(text, start)) return undefined;
  }
  if (text[start] !== '[' || start < 0) return undefined;
  let end = offset;
  for (; end < Math.min(text.length, offset + LOOK_AROUND); end += 1) {
    const ch = text[end];
    if (ch === ']') break;
    if (ch === '[' || isParagraphBreak(text, end)) return undefined;
  }
  if (text[end] !== ']') return undefined;
  // `[text](url)`, `[text][ref]` and `[ref]: url` are links, not citations.
  if (text[end + 1] === '(' || text[end + 1] === '[' || text[end + 1] === ':') return undefined;
  const inside = text.slice(start + 1, end);
  const keys: KeyRange[] = [];
  for (const match of inside.matchAll(MARKDOWN_KEY)) {
    const key = match[1]!; // the key group is not optional
    const keyStart = start + 1 + (match.index ?? 0) + match[0].length - key.length;
    keys.push({ key, start: keyStart, end: keyStart + key.length });
  }
  return keys.length === 0 ? undefined : { start, end, keys };
}

function isParagraphBreak(text: string, index: number): boolean {
  return text[index] === '\n' && /^\n[ \t]*\r?\n/.test(text.slice(index, index + 64));
}
