import { foldToAscii } from './foldToAscii';

/**
 * The ASCII words of a title, original case kept: math (`$…$`, `\(…\)`) is dropped, LaTeX accents and
 * Unicode diacritics are folded to their base letter, other LaTeX command names are dropped (their
 * arguments stay). A hyphenated compound (`Few-Shot`) stays one word, hyphen included, so keys read
 * `fewShot` and titles that differ only in hyphenation compare alike after `normaliseTitle`.
 */
export function titleWords(title: string): string[] {
  let withoutMath = title;
  // `Don't` is one word, not `Don` and `t`. Each step only when its character is there: this runs per title per keystroke.
  if (/['’]/.test(withoutMath)) withoutMath = withoutMath.replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  if (withoutMath.includes('$') || withoutMath.includes('\\(')) withoutMath = withoutMath.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$|\\\([\s\S]*?\\\)/g, '');
  return foldToAscii(withoutMath)
    .split(/[^A-Za-z0-9-]+/)
    .map((word) => (word.includes('-') ? word.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '') : word))
    .filter((word) => word.length > 0);
}
