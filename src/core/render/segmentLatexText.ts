import { matchingBrace } from '../matchingBrace';

/** How a run of text is emphasised; absent means plain. */
export type TextStyle = 'italic' | 'bold' | 'code';

/** A piece of a title or abstract: prose (LaTeX text commands already applied) or a formula to typeset. */
export type LatexSegment =
  | { readonly kind: 'text'; readonly text: string; readonly style?: TextStyle }
  | { readonly kind: 'math'; readonly tex: string; readonly display: boolean };

/** What a one-argument text command does with its argument. */
type CommandAction = TextStyle | 'plain' | 'drop' | 'verbatim';

const TEXT_COMMANDS: Readonly<Record<string, CommandAction>> = {
  textit: 'italic',
  emph: 'italic',
  textsl: 'italic',
  textbf: 'bold',
  texttt: 'code',
  // A URL is shown as written: `~` and `--` in it are not typography.
  url: 'verbatim',
  textsc: 'plain',
  textrm: 'plain',
  textsf: 'plain',
  textup: 'plain',
  textmd: 'plain',
  textnormal: 'plain',
  text: 'plain',
  mbox: 'plain',
  underline: 'plain',
  footnote: 'plain',
  // Reference keys mean nothing to a reader of the abstract.
  cite: 'drop',
  citep: 'drop',
  citet: 'drop',
  citealp: 'drop',
  ref: 'drop',
  eqref: 'drop',
  label: 'drop',
};

const SYMBOL_COMMANDS: Readonly<Record<string, string>> = {
  ldots: '…',
  dots: '…',
  textendash: '–',
  textemdash: '—',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
};

const ESCAPED_CHARACTERS = new Set(['$', '%', '&', '_', '#', '{', '}']);
const SPACING_CHARACTERS = new Set(['\\', ' ', ',', ';', ':', '!']);
const COMMAND_NAME = /[A-Za-z]+/y;

/** Text segments grow character by character while scanning, so they stay mutable until returned. */
type DraftSegment = { kind: 'text'; text: string; style?: TextStyle } | { kind: 'math'; tex: string; display: boolean };

/**
 * Splits a title or abstract into prose and math. Math is `$…$`, `$$…$$`, `\(…\)` or `\[…\]`; a delimiter
 * without its partner stays literal text, and so do amounts of money (`$5 and $10`). In prose, common
 * text commands become styled text, escaped specials become their character, `--`/`---` become dashes,
 * `~` a no-break space, and grouping braces disappear. Unknown commands are kept as written so nothing
 * the author typed is silently lost.
 */
export function segmentLatexText(text: string): LatexSegment[] {
  const out: DraftSegment[] = [];
  scan(text, 0, text.length, undefined, out);
  return out;
}

function scan(src: string, start: number, end: number, style: TextStyle | undefined, out: DraftSegment[]): void {
  let i = start;
  while (i < end) {
    const ch = src.charAt(i);
    if (ch === '$') {
      const display = i + 1 < end && src[i + 1] === '$';
      const delimiter = display ? '$$' : '$';
      const mathEnd = findMathEnd(src, i + delimiter.length, end, delimiter);
      if (mathEnd !== undefined) {
        out.push({ kind: 'math', tex: src.slice(i + delimiter.length, mathEnd), display });
        i = mathEnd + delimiter.length;
      } else {
        pushText(out, delimiter, style);
        i += delimiter.length;
      }
    } else if (ch === '\\') {
      i = scanBackslash(src, i, end, style, out);
    } else if (ch === '{' || ch === '}') {
      i += 1;
    } else if (ch === '~') {
      pushText(out, '\u00a0', style);
      i += 1;
    } else if (ch === '-' && i + 1 < end && src[i + 1] === '-') {
      const emDash = i + 2 < end && src[i + 2] === '-';
      pushText(out, emDash ? '—' : '–', style);
      i += emDash ? 3 : 2;
    } else {
      pushText(out, ch, style);
      i += 1;
    }
  }
}

/** Handles everything that starts with a backslash; returns the index after what it consumed. */
function scanBackslash(src: string, i: number, end: number, style: TextStyle | undefined, out: DraftSegment[]): number {
  if (i + 1 >= end) {
    pushText(out, '\\', style);
    return i + 1;
  }
  const next = src.charAt(i + 1);
  if (next === '(' || next === '[') {
    const closer = next === '(' ? '\\)' : '\\]';
    const mathEnd = findMathEnd(src, i + 2, end, closer);
    if (mathEnd !== undefined) {
      out.push({ kind: 'math', tex: src.slice(i + 2, mathEnd), display: next === '[' });
      return mathEnd + 2;
    }
    pushText(out, src.slice(i, i + 2), style);
    return i + 2;
  }
  if (ESCAPED_CHARACTERS.has(next)) {
    pushText(out, next, style);
    return i + 2;
  }
  if (SPACING_CHARACTERS.has(next)) {
    pushText(out, ' ', style);
    return i + 2;
  }
  COMMAND_NAME.lastIndex = i + 1;
  const match = COMMAND_NAME.exec(src);
  if (match === null) {
    pushText(out, src.slice(i, i + 2), style);
    return i + 2;
  }
  const name = match[0].slice(0, end - (i + 1));
  const afterName = i + 1 + name.length;
  // hasOwn: a title's `\toString` or `\constructor` must not reach Object.prototype.
  const symbol = Object.hasOwn(SYMBOL_COMMANDS, name) ? SYMBOL_COMMANDS[name] : undefined;
  if (symbol !== undefined) {
    pushText(out, symbol, style);
    return afterName;
  }
  const action = Object.hasOwn(TEXT_COMMANDS, name) ? TEXT_COMMANDS[name] : undefined;
  let open = afterName;
  while (open < end && (src[open] === ' ' || src[open] === '\t')) open += 1;
  const close = action === undefined || src[open] !== '{' ? undefined : matchingBrace(src, open, end);
  if (action === undefined || close === undefined) {
    pushText(out, `\\${name}`, style);
    return afterName;
  }
  switch (action) {
    case 'drop':
      // `shown~\cite{x}.` should read `shown.`, not `shown .`
      trimTrailingSpace(out);
      break;
    case 'verbatim':
      pushText(out, src.slice(open + 1, close), 'code');
      break;
    case 'plain':
      scan(src, open + 1, close, style, out);
      break;
    case 'bold':
    case 'code':
    case 'italic':
      scan(src, open + 1, close, action, out);
  }
  return close + 1;
}

/**
 * Index of the closing delimiter of math opened just before `from`, or undefined when there is none
 * (or the formula would be empty or span a paragraph break). Backslash pairs are skipped so `\$` inside
 * math does not close it. A `$` pair with a digit right after each `$` is money (`$5 and $10`); a digit
 * after the closer alone is not (`$\ell$1`, `$\sim$10x`).
 */
function findMathEnd(src: string, from: number, end: number, closer: string): number | undefined {
  for (let j = from; j < end; j += 1) {
    if (src.startsWith(closer, j) && j + closer.length <= end) {
      const money = closer === '$' && /\d/.test(src[from] ?? '') && /\d/.test(src[j + 1] ?? '');
      if (!money) {
        const tex = src.slice(from, j);
        return tex.trim() === '' || /\n\s*\n/.test(tex) ? undefined : j;
      }
    }
    if (src[j] === '\\') j += 1;
  }
  return undefined;
}

function pushText(out: DraftSegment[], text: string, style: TextStyle | undefined): void {
  const last = out[out.length - 1];
  if (last !== undefined && last.kind === 'text' && last.style === style) {
    last.text += text;
  } else {
    out.push(style === undefined ? { kind: 'text', text } : { kind: 'text', text, style });
  }
}

function trimTrailingSpace(out: DraftSegment[]): void {
  const last = out[out.length - 1];
  if (last === undefined || last.kind !== 'text') return;
  last.text = last.text.replace(/[\s\u00a0]+$/, '');
  if (last.text === '') out.pop();
}
