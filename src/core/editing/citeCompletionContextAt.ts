import type { CiteLanguage } from './citeLanguage';
import { findLatexCiteAt } from './findLatexCiteAt';

export interface CiteCompletionContext {
  /** What has been typed of the key so far (may be empty, may be words to search for). */
  readonly prefix: string;
  /** Where the completed key starts; the completion replaces `replaceStart` up to the cursor. */
  readonly replaceStart: number;
}

/** Characters Pandoc allows in a key, punctuation included while it is being typed. */
const MARKDOWN_KEY_CHARACTER = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;

/**
 * Whether a citation key is being typed at `offset`: inside the key list of `\cite{`, `\citep{a, b`, …, or
 * right after `@` in Markdown where `@` starts a citation (`[@`, `; @`, ` @`, `-@`, line start). In LaTeX the
 * prefix may be several words; in Markdown a space ends the key, so it is one.
 */
export function citeCompletionContextAt(text: string, offset: number, lang: CiteLanguage): CiteCompletionContext | undefined {
  if (lang === 'latex') {
    const cite = findLatexCiteAt(text, offset);
    if (cite === undefined || offset < cite.argStart) return undefined;
    // A key holds no spaces, so words typed since the last comma (on this line) are one search: `\cite{few shot|`.
    let start = offset;
    while (start > cite.argStart && !/[,\n]/.test(text.charAt(start - 1))) start -= 1;
    while (start < offset && /\s/.test(text.charAt(start))) start += 1;
    return { prefix: text.slice(start, offset), replaceStart: start };
  }
  let start = offset;
  while (start > 0 && MARKDOWN_KEY_CHARACTER.test(text.charAt(start - 1))) start -= 1;
  if (text[start - 1] !== '@') return undefined;
  let before = start - 2;
  if (text[before] === '-') before -= 1;
  const opener = text[before];
  if (opener !== undefined && !/[\s[;]/.test(opener)) return undefined;
  return { prefix: text.slice(start, offset), replaceStart: start };
}
