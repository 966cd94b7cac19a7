import type { KeyRange } from './keyRange';
import { stripLatexComments } from './stripLatexComments';

/** A `\cite…[…][…]{a, b}` command and its key list. */
export interface LatexCite {
  /** Command name without backslash, e.g. `citep` or `cite*`. */
  readonly command: string;
  /** Offset of the backslash. */
  readonly start: number;
  /** Offset just after the `{` that opens the keys. */
  readonly argStart: number;
  /** Offset of the closing `}`, or where an argument still being typed stops. */
  readonly argEnd: number;
  readonly closed: boolean;
  readonly keys: readonly KeyRange[];
}

/** natbib, biblatex and plain LaTeX cite commands all contain `cite`; these few that do are not citations. */
const NOT_CITES = new Set(['citestyle', 'citesetup', 'citeindextrue', 'citeindexfalse']);
/** A cite command's name (natbib, biblatex and plain LaTeX all contain `cite`); use a copy, it is global. */
export const LATEX_CITE_COMMAND = /\\([A-Za-z]*cite[A-Za-z]*\*?)/gi;
/** How far back a cite command may start and still contain the cursor; long key lists fit easily. */
const LOOK_BACK = 5000;

/**
 * The cite command whose name, optional arguments or key list contain `offset` (from just after the
 * backslash to just before the closing brace), across lines. An unclosed `\cite{a, b` counts up to the
 * next blank line, brace or command, so completion works while typing. Commented-out cites are ignored.
 */
export function findLatexCiteAt(text: string, offset: number): LatexCite | undefined {
  const windowStart = Math.max(0, offset - LOOK_BACK);
  const lineStart = text.lastIndexOf('\n', windowStart) + 1;
  const source = stripLatexComments(text.slice(lineStart, Math.min(text.length, offset + LOOK_BACK)));
  const command = new RegExp(LATEX_CITE_COMMAND);
  let last: RegExpExecArray | undefined;
  let match: RegExpExecArray | null;
  while ((match = command.exec(source)) !== null && lineStart + match.index < offset) {
    if (!NOT_CITES.has(match[1]!.replace(/\*$/, ''))) last = match; // the command name group is not optional
  }
  if (last === undefined) return undefined;
  const cite = parseLatexCite(source, last.index, last[1]!);
  if (cite === undefined) return undefined;
  const shifted: LatexCite = {
    ...cite,
    start: cite.start + lineStart,
    argStart: cite.argStart + lineStart,
    argEnd: cite.argEnd + lineStart,
    keys: cite.keys.map((key) => ({ ...key, start: key.start + lineStart, end: key.end + lineStart })),
  };
  return offset > shifted.start && offset <= shifted.argEnd ? shifted : undefined;
}

/**
 * The cite command whose backslash is at `start` in comment-free `source`, with its optional arguments and key
 * list; undefined when `command` is not a citation (`\citestyle`) or has no key list.
 */
export function parseLatexCite(source: string, start: number, command: string): LatexCite | undefined {
  if (NOT_CITES.has(command.replace(/\*$/, ''))) return undefined;
  let i = start + 1 + command.length;
  for (let optional = 0; optional < 2; optional += 1) {
    const bracket = skipSpace(source, i);
    if (source[bracket] !== '[') break;
    const close = closingBracket(source, bracket);
    if (close === undefined) return undefined;
    i = close + 1;
  }
  i = skipSpace(source, i);
  if (source[i] !== '{') return undefined;
  const argStart = i + 1;
  let argEnd = argStart;
  let closed = false;
  while (argEnd < source.length) {
    const ch = source[argEnd];
    if (ch === '}') {
      closed = true;
      break;
    }
    if (ch === '{' || ch === '\\' || /^\n[ \t]*\r?\n/.test(source.slice(argEnd, argEnd + 64))) break;
    argEnd += 1;
  }
  const keys: KeyRange[] = [];
  const key = /[^,\s]+/g;
  const list = source.slice(argStart, argEnd);
  let found: RegExpExecArray | null;
  while ((found = key.exec(list)) !== null) keys.push({ key: found[0], start: argStart + found.index, end: argStart + found.index + found[0].length });
  return { command, start, argStart, argEnd, closed, keys };
}

function skipSpace(source: string, i: number): number {
  let j = i;
  while (j < source.length && /\s/.test(source.charAt(j))) j += 1;
  return j;
}

/** The `]` closing the `[` at `open`; brackets inside braces (`[see {a]}]`) do not count. */
function closingBracket(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open + 1; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (ch === ']' && depth === 0) return i;
    else if (ch === '\n' && /^\n[ \t]*\r?\n/.test(source.slice(i, i + 64))) return undefined;
  }
  return undefined;
}
