import { english } from '../translate';
import type { Translate } from '../translate';
import { normaliseTitle } from './normaliseTitle';

/** One entry of a .bib file, as much as duplicate checks need. */
export interface BibEntrySummary {
  readonly key: string;
  /** `normaliseTitle` of the title field; empty when the entry has none. */
  readonly title: string;
  readonly year: string | undefined;
}

export interface BibScan {
  /** Every entry key as written. */
  readonly keys: Set<string>;
  /** Normalised title -> key of the first entry with that title. */
  readonly titles: Map<string, string>;
  readonly entries: readonly BibEntrySummary[];
  /** The first problem found, for a warning; scanning goes on after it. */
  readonly parseError?: string;
}

const NON_ENTRIES = new Set(['comment', 'preamble', 'string']);

/**
 * Reads keys, titles and years from .bib text without trusting it to be well formed: a broken entry is
 * reported and skipped, and the entries after it are still found. Nothing is rewritten.
 */
export function scanBibFile(text: string, t: Translate = english): BibScan {
  const entries: BibEntrySummary[] = [];
  let parseError: string | undefined;
  const header = /@\s*([A-Za-z]+)\s*([{(])/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text)) !== null) {
    const type = match[1].toLowerCase();
    const bodyStart = header.lastIndex;
    const bodyEnd = closingDelimiter(text, bodyStart, match[2] === '{' ? '}' : ')');
    if (bodyEnd === undefined) {
      parseError ??= t('The @{0} entry on line {1} is not closed.', match[1], lineOf(text, match.index));
      // Skip just the header, so entries written after the broken one are still seen.
      continue;
    }
    header.lastIndex = bodyEnd + 1;
    if (NON_ENTRIES.has(type)) continue;
    const body = text.slice(bodyStart, bodyEnd);
    const comma = body.indexOf(',');
    const key = (comma === -1 ? body : body.slice(0, comma)).trim();
    if (key === '' || /[\s{}]/.test(key)) {
      parseError ??= t('The @{0} entry on line {1} has no valid key.', match[1], lineOf(text, match.index));
      continue;
    }
    const fields = comma === -1 ? '' : body.slice(comma + 1);
    const title = fieldValue(fields, 'title');
    entries.push({ key, title: title === undefined ? '' : normaliseTitle(title), year: fieldValue(fields, 'year')?.trim() });
  }
  const titles = new Map<string, string>();
  for (const entry of entries) if (entry.title !== '' && !titles.has(entry.title)) titles.set(entry.title, entry.key);
  const scan = { keys: new Set(entries.map((entry) => entry.key)), titles, entries };
  return parseError === undefined ? scan : { ...scan, parseError };
}

/** Index of the delimiter closing an entry body, counting braces as BibTeX does; undefined if unclosed. */
function closingDelimiter(text: string, start: number, close: '}' | ')'): number | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      if (depth === 0) return close === '}' ? i : undefined;
      depth -= 1;
    } else if (ch === ')' && close === ')' && depth === 0) return i;
    // A new entry at the start of a line at depth 0 means this one was never closed.
    else if (ch === '@' && depth === 0 && (i === 0 || text[i - 1] === '\n')) return undefined;
  }
  return undefined;
}

/** The value of a top-level field: `{…}`, `"…"` or a bare number/macro; concatenations with `#` are read in part. */
function fieldValue(fields: string, name: string): string | undefined {
  const pattern = new RegExp(`(?:^|,)\\s*${name}\\s*=\\s*`, 'gi');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(fields)) !== null) {
    if (braceDepth(fields, match.index) !== 0) continue;
    const start = pattern.lastIndex;
    const open = fields[start];
    if (open === '{') {
      const end = closingDelimiter(fields, start + 1, '}');
      return end === undefined ? undefined : fields.slice(start + 1, end);
    }
    if (open === '"') {
      let depthInQuotes = 0;
      for (let i = start + 1; i < fields.length; i += 1) {
        if (fields[i] === '{') depthInQuotes += 1;
        else if (fields[i] === '}') depthInQuotes -= 1;
        else if (fields[i] === '"' && depthInQuotes === 0) return fields.slice(start + 1, i);
      }
      return undefined;
    }
    return /^[^,}\s]*/.exec(fields.slice(start))?.[0];
  }
  return undefined;
}

function braceDepth(text: string, end: number): number {
  let depth = 0;
  for (let i = 0; i < end; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') depth -= 1;
  }
  return depth;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
