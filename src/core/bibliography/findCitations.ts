import type { CiteLanguage } from '../editing/citeLanguage';
import { LATEX_CITE_COMMAND, parseLatexCite } from '../editing/findLatexCiteAt';
import { MARKDOWN_KEY } from '../editing/findPandocCiteAt';
import type { KeyRange } from '../editing/keyRange';
import { stripLatexComments } from '../editing/stripLatexComments';

export interface DocumentCitations {
  /** Every cited key where it stands, in document order. */
  readonly keys: readonly KeyRange[];
  /** `\nocite{*}`: every entry of the bibliography is cited. */
  readonly citesAll: boolean;
}

/** pandoc-crossref's references (`@fig:plot`, `@sec:intro`) look like citations but name figures and sections. */
const CROSS_REFERENCE = /^(?:fig|tbl|eq|sec|lst|thm|lem|def):/;

/**
 * Every citation key in a document: the key lists of LaTeX's cite commands (`\cite`, `\citep[p.~3]{a, b}`,
 * `\autocite`, `\nocite`; commented-out ones ignored), or Pandoc's `@key` and `[@a; @b]` outside code, front
 * matter and e-mail addresses.
 */
export function findCitations(text: string, lang: CiteLanguage): DocumentCitations {
  return lang === 'latex' ? latexCitations(text) : markdownCitations(text);
}

function latexCitations(text: string): DocumentCitations {
  const source = stripLatexComments(text);
  const keys: KeyRange[] = [];
  let citesAll = false;
  const command = new RegExp(LATEX_CITE_COMMAND);
  let match: RegExpExecArray | null;
  while ((match = command.exec(source)) !== null) {
    const cite = parseLatexCite(source, match.index, match[1]!); // the command name group is not optional
    if (cite === undefined || !cite.closed) continue;
    for (const key of cite.keys) {
      if (key.key === '*') citesAll = true;
      else keys.push(key);
    }
  }
  return { keys, citesAll };
}

function markdownCitations(text: string): DocumentCitations {
  const prose = blankCode(text);
  const keys: KeyRange[] = [];
  for (const match of prose.matchAll(MARKDOWN_KEY)) {
    const key = match[1]!; // the key group is not optional
    if (CROSS_REFERENCE.test(key)) continue;
    const start = (match.index ?? 0) + match[0].length - key.length;
    keys.push({ key, start, end: start + key.length });
  }
  return { keys, citesAll: false };
}

/** The text with front matter, fenced code blocks and inline code spans blanked out, offsets unchanged. */
function blankCode(text: string): string {
  const blank = (part: string): string => part.replace(/[^\r\n]/g, ' ');
  return text
    .replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/, blank)
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[^\n]*(?=\n|$)|$)/gm, blank)
    .replace(/(`+)[^`\n]+?\1/g, blank);
}
