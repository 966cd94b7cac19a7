import { english } from '../translate';
import type { Translate } from '../translate';

/** Placeholders a citation key template may use; `{Auth}` is told from `{auth}` by its case, every other one is read in any case. */
export const KEY_TOKENS = ['auth', 'Auth', 'authors2', 'firstword', 'title1', 'title2', 'title3', 'year', 'shortyear', 'venue'] as const;
export type KeyToken = (typeof KEY_TOKENS)[number];

/** A parsed template: placeholders and literal text (already restricted to key characters), in order. */
export type KeyFormatPart = { readonly token: KeyToken } | { readonly literal: string };
export type KeyFormat = readonly KeyFormatPart[];

export type KeyFormatResult = { readonly ok: true; readonly format: KeyFormat } | { readonly ok: false; readonly message: string };

/** The default of `paperLookup.citation.keyFormat`: OpenReview's own keys, e.g. `yoon2023esd`. */
export const DEFAULT_KEY_TEMPLATE = '{auth}{year}{firstword}';
export const DEFAULT_KEY_FORMAT: KeyFormat = [{ token: 'auth' }, { token: 'year' }, { token: 'firstword' }];
/** The keys of papers without authors, whatever the format names authors in (`subspaceRegularizers2022`). */
export const AUTHORLESS_KEY_FORMAT: KeyFormat = [{ token: 'title1' }, { token: 'title2' }, { token: 'year' }];
/** Placeholders that need the paper's authors. */
export const AUTHOR_TOKENS: ReadonlySet<KeyToken> = new Set(['auth', 'Auth', 'authors2']);

const TOKEN_LIST = KEY_TOKENS.map((token) => `{${token}}`).join(', ');
const LITERAL_CHARACTER = /[A-Za-z0-9_:-]/;
/** Tokens that can put a letter first; `{title1}` always does (it falls back to `paper`). */
const LETTER_TOKENS: ReadonlySet<KeyToken> = new Set(['auth', 'Auth', 'authors2', 'firstword', 'title1', 'title2', 'title3', 'venue']);

/** Parses a `paperLookup.citation.keyFormat` template, or says in one sentence, in the language of `t`, what is wrong with it. */
export function parseKeyFormat(template: string, t: Translate = english): KeyFormatResult {
  const trimmed = template.trim();
  if (trimmed === '') {
    return { ok: false, message: t('The citation key format is empty. Use placeholders such as {0}.', DEFAULT_KEY_TEMPLATE) };
  }
  const format: KeyFormatPart[] = [];
  let i = 0;
  while (i < trimmed.length) {
    const ch = trimmed.charAt(i);
    if (ch === '{') {
      const close = trimmed.indexOf('}', i + 1);
      const nextOpen = trimmed.indexOf('{', i + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        return { ok: false, message: t('Unbalanced brace: the "{0}" at character {1} of the citation key format "{2}" is not closed.', '{', i + 1, trimmed) };
      }
      const name = trimmed.slice(i + 1, close).trim();
      const token = KEY_TOKENS.find((candidate) => candidate === name) ?? KEY_TOKENS.find((candidate) => candidate === name.toLowerCase());
      if (token === undefined) {
        return { ok: false, message: t('Unknown placeholder "{0}" in the citation key format. Use {1}.', `{${trimmed.slice(i + 1, close)}}`, TOKEN_LIST) };
      }
      format.push({ token });
      i = close + 1;
    } else if (ch === '}') {
      return { ok: false, message: t('Unbalanced brace: the "{0}" at character {1} of the citation key format "{2}" has no "{3}".', '}', i + 1, trimmed, '{') };
    } else if (LITERAL_CHARACTER.test(ch)) {
      let end = i;
      while (end < trimmed.length && LITERAL_CHARACTER.test(trimmed.charAt(end))) end += 1;
      format.push({ literal: trimmed.slice(i, end) });
      i = end;
    } else {
      return { ok: false, message: t('The character "{0}" is not allowed in citation keys; use letters, digits, "_", ":" or "-".', ch) };
    }
  }
  const producesLetters = format.some((part) => ('token' in part ? LETTER_TOKENS.has(part.token) : /[A-Za-z]/.test(part.literal)));
  if (!producesLetters) {
    return { ok: false, message: t('The citation key format "{0}" would produce keys without letters. Include {1}.', trimmed, '{title1}') };
  }
  const first = format[0];
  const startsWithLetter = first !== undefined && ('token' in first ? LETTER_TOKENS.has(first.token) : /^[A-Za-z]/.test(first.literal));
  if (!startsWithLetter) {
    return { ok: false, message: t('Citation keys must start with a letter: begin the format with {0}, {1} or a letter.', '{auth}', '{title1}') };
  }
  return { ok: true, format };
}
