import { foldText } from '../search/foldText';
import { escapeHtml } from './escapeHtml';

const WORD = /[\p{L}\p{N}]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/**
 * Escapes plain text to HTML and wraps in `<mark>` every word that starts with one of the query terms,
 * case-insensitively: search terms are stems or prefixes (`diffus` marks `Diffusion`). Terms are split
 * at non-word characters like the text is, and one-letter parts are ignored because they would mark
 * half the words of an abstract. Words are compared folded as the search folds them (`uber` marks `Über`).
 */
export function highlightText(text: string, terms: readonly string[]): string {
  const prefixes = normaliseTerms(terms);
  if (prefixes.length === 0) return escapeHtml(text);
  let html = '';
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = foldText(word);
    if (prefixes.some((prefix) => lower.startsWith(prefix))) {
      html += `${escapeHtml(text.slice(last, match.index))}<mark>${escapeHtml(word)}</mark>`;
      last = match.index + word.length;
    }
  }
  return html + escapeHtml(text.slice(last));
}

function normaliseTerms(terms: readonly string[]): string[] {
  const parts = terms.flatMap((term) => term.toLowerCase().split(NON_WORD));
  return [...new Set(parts.filter((part) => part.length >= 2))];
}
