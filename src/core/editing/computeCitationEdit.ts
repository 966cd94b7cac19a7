import { paperUrl } from '../citations/paperUrl';
import { publicationStatus } from '../citations/publicationStatus';
import type { Paper } from '../dataset/paper';
import type { CiteLanguage } from './citeLanguage';
import { citeContextAt } from './citeContextAt';
import { detectLatexCitePackage } from './detectLatexCitePackage';
import type { LatexCitePackage } from './detectLatexCitePackage';
import type { LatexCite } from './findLatexCiteAt';
import { findPandocCiteAt } from './findPandocCiteAt';
import type { PandocCite } from './findPandocCiteAt';

export interface CitationEditOptions {
  readonly lang: CiteLanguage;
  /** `citep`, `\textcite`, …; absent or not a command name: chosen from the packages the document loads. */
  readonly latexCommand?: string;
  /** `pandoc`: `[@key]`; `narrative`: `@key`; `link`: the title and venue as text (a link only with a real URL). */
  readonly markdownStyle: 'pandoc' | 'narrative' | 'link';
  readonly paper: Pick<Paper, 'title' | 'venue' | 'year' | 'tier' | 'decision' | 'extra'>;
}

/** Replace `deleteLength` characters at `offset` with `text`; an empty edit means the key is already cited there. */
export interface CitationEdit {
  readonly offset: number;
  readonly deleteLength: number;
  readonly text: string;
}

const DEFAULT_COMMANDS: Readonly<Record<LatexCitePackage, string>> = { natbib: 'citep', biblatex: 'autocite', plain: 'cite' };

/**
 * The edit that cites `key` at `offset`. Inside an existing `\cite…{a, b}` or `[@a; @b]` the key joins
 * that list (after the key at or before the cursor, else at the end) rather than nesting a new command.
 * `text` should be the root document when the cite package is detected from it (`% !TEX root`), or pass
 * `latexCommand`.
 */
export function computeCitationEdit(text: string, offset: number, key: string, options: CitationEditOptions): CitationEdit {
  const context = options.markdownStyle === 'link' && options.lang === 'markdown' ? undefined : citeContextAt(text, offset, options.lang);
  if (context?.lang === 'latex') return joinLatex(text, context.cite, offset, key);
  if (context?.lang === 'markdown') return joinPandoc(text, context.cite, offset, key);
  if (options.lang === 'latex') {
    const command = /^\\?([A-Za-z]+\*?)$/.exec(options.latexCommand?.trim() ?? '')?.[1] ?? DEFAULT_COMMANDS[detectLatexCitePackage(text)];
    return { offset, deleteLength: 0, text: `\\${command}{${key}}` };
  }
  if (options.markdownStyle === 'link') {
    const at = linkOffset(text, offset);
    return { offset: at, deleteLength: 0, text: linkText(text, at, options.paper) };
  }
  if (options.markdownStyle === 'pandoc') return { offset, deleteLength: 0, text: `[@${key}]` };
  // `word@key` would read as an e-mail address and `@keyword` as a longer key.
  const before = /[\p{L}\p{N}_@]/u.test(text[offset - 1] ?? '') ? ' ' : '';
  const after = /[\p{L}\p{N}_]/u.test(text[offset] ?? '') ? ' ' : '';
  return { offset, deleteLength: 0, text: `${before}@${key}${after}` };
}

function joinLatex(text: string, cite: LatexCite, offset: number, key: string): CitationEdit {
  if (cite.keys.some((existing) => existing.key === key)) return { offset, deleteLength: 0, text: '' };
  const first = cite.keys[0];
  const last = cite.keys.at(-1);
  if (first === undefined || last === undefined) return { offset: cite.argStart, deleteLength: cite.argEnd - cite.argStart, text: key };
  const list = text.slice(cite.argStart, cite.argEnd);
  // Follow the document's own spacing: `{a,b}` stays compact, `{a, b}` gets a space.
  const separator = /,[^\s,]/.test(list) && !/,\s+[^\s,]/.test(list) ? ',' : ', ';
  const inList = offset >= cite.argStart && offset <= cite.argEnd;
  const anchor = inList ? [...cite.keys].reverse().find((existing) => existing.start < offset) : last;
  if (anchor === undefined) return { offset: first.start, deleteLength: 0, text: key + separator };
  if (anchor === last) {
    // A dangling comma (`{a,}` or `{a, }`) is completed instead of doubled.
    const tail = text.slice(last.end, cite.argEnd);
    if (/^\s*,\s*$/.test(tail)) return { offset: cite.argEnd, deleteLength: 0, text: (/\s$/.test(tail) ? '' : separator.slice(1)) + key };
  }
  return { offset: anchor.end, deleteLength: 0, text: separator + key };
}

/** Pandoc items carry locators (`@a, p. 3`), so a new key goes after the whole item, before the next `;`. */
function joinPandoc(text: string, cite: PandocCite, offset: number, key: string): CitationEdit {
  if (cite.keys.some((existing) => existing.key === key)) return { offset, deleteLength: 0, text: '' };
  const anchor = [...cite.keys].reverse().find((existing) => existing.start <= offset) ?? cite.keys.at(-1);
  // A citation without keys gets the new one at its end.
  const semicolon = anchor === undefined ? -1 : text.indexOf(';', anchor.end);
  const at = semicolon !== -1 && semicolon < cite.end ? semicolon : cite.end;
  return { offset: at, deleteLength: 0, text: `; @${key}` };
}

/** Link-style text never goes inside a `[@…]` citation: it follows it. */
function linkOffset(text: string, offset: number): number {
  const cite = findPandocCiteAt(text, offset);
  return cite === undefined ? offset : cite.end + 1;
}

/** `*Title* (ICLR 2023)`, or `[Title](url) (…)` when the dataset has a URL; never a made-up link. */
function linkText(text: string, at: number, paper: CitationEditOptions['paper']): string {
  const title = markdownText(paper.title);
  const url = paperUrl(paper);
  const body = `${url === undefined ? `*${title}*` : `[${title}](${url})`} (${markdownText(publicationStatus(paper))})`;
  return /\S/.test(text[at - 1] ?? ' ') ? ` ${body}` : body;
}

/**
 * Escapes only what would change meaning in the user's own document (emphasis, links, HTML, citations,
 * table cells, entities); `$…$` math is left for Pandoc to typeset, and the text stays readable.
 */
function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(\$[^$]+\$)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\`*_[\]<>@|$]|&(?=#?[A-Za-z0-9]+;)/g, '\\$&')))
    .join('');
}
