import type { Paper } from '../dataset/paper';
import { english } from '../translate';
import type { Translate } from '../translate';
import { isSameWork } from './isSameWork';
import { normaliseTitle } from './normaliseTitle';
import { scanBibFile } from './scanBibFile';
import type { BibScan } from './scanBibFile';

export type BibAppendPlan =
  | {
      readonly action: 'append';
      /** The key to cite: the requested one, or a variant when the file uses it for a different paper. */
      readonly key: string;
      /** Exactly what to insert at the end of the file, in the file's line endings. */
      readonly text: string;
      /** Set when the file does not parse cleanly: the entry is still appended, the user is warned. */
      readonly warning?: string;
    }
  | { readonly action: 'existing'; readonly key: string; readonly reason: 'same-key' | 'same-title' };

/**
 * Decides how a paper gets into a .bib: cite what is already there (same key for the same paper, or the same
 * work under another key, see isSameWork), or append the entry at the end without touching anything else.
 * `entry` is `bibtexEntry(paper, key, …)`; if `key` is taken by a different paper, the entry is appended
 * under `key` plus a letter instead of citing the wrong paper. Pass `scan` when the text was scanned already.
 */
export function planBibAppend(
  bibText: string,
  entry: string,
  key: string,
  paper: Pick<Paper, 'title' | 'year'>,
  t: Translate = english,
  scan: BibScan = scanBibFile(bibText, t),
): BibAppendPlan {
  const title = normaliseTitle(paper.title);
  // BibTeX treats keys case-insensitively when it looks them up, so `Foo2022` and `foo2022` are one key.
  const taken = new Set(scan.entries.map((existing) => existing.key.toLowerCase()));
  const sameKey = scan.entries.find((existing) => existing.key.toLowerCase() === key.toLowerCase());
  if (sameKey !== undefined && (sameKey.title === '' || sameKey.title === title)) {
    return { action: 'existing', key: sameKey.key, reason: 'same-key' };
  }
  const sameTitle = scan.entries.find((existing) => isSameWork(existing, paper));
  if (sameTitle !== undefined) return { action: 'existing', key: sameTitle.key, reason: 'same-title' };

  let finalKey = key;
  for (let letter = 0; taken.has(finalKey.toLowerCase()); letter += 1) finalKey = key + suffix(letter);
  const finalEntry = finalKey === key ? entry : entry.replace(`{${key},`, `{${finalKey},`);

  const eol = bibText.includes('\r\n') ? '\r\n' : '\n';
  const separator = bibText === '' ? '' : bibText.endsWith(`${eol}${eol}`) || bibText.endsWith('\n\n') ? '' : bibText.endsWith('\n') ? eol : eol + eol;
  const text = separator + finalEntry.replace(/\r?\n/g, eol) + eol;
  return scan.parseError === undefined ? { action: 'append', key: finalKey, text } : { action: 'append', key: finalKey, text, warning: scan.parseError };
}

/** `b`, `c`, … `z`, `ba`, …: `a` is skipped because `key` itself is the first choice. */
function suffix(index: number): string {
  let n = index + 1;
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  } while (n > 0);
  return letters;
}
