import { matchingBrace } from '../matchingBrace';

/** Characters that are special in LaTeX text, with a spelling that prints them and keeps BibTeX's braces balanced. */
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '\\': '\\textbackslash{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Text-mode commands with one argument that a title may legitimately use; anything else is printed literally. */
const ARGUMENT_COMMANDS = new Set([
  'textit', 'textbf', 'emph', 'texttt', 'textsc', 'textrm', 'textsf', 'textsl', 'textup', 'textmd', 'textnormal', 'underline', 'mbox',
]);
const NO_ARGUMENT_COMMANDS = new Set(['LaTeX', 'TeX']);

/** Accented and special letters in LaTeX spelling (`\"o`, `\v{s}`, `\ss`). */
const ACCENT_SOURCE = '\\\\(?:[`\'^"~=.]\\s*(?:[A-Za-z]|\\{[A-Za-z]\\})|[uvHckrdbt](?:\\s*\\{[A-Za-z]\\}|\\s+[A-Za-z])|(?:ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z]))';
const BARE_ACCENT = new RegExp(`^${ACCENT_SOURCE}`);
const GROUPED_ACCENT = new RegExp(`^\\{${ACCENT_SOURCE}\\}`);

export interface BibtexTextOptions {
  /** Brace words whose case a bibliography style must not change (`{BERT}`, `{ImageNet}`, `{GPT}-2`). */
  readonly protectCase: boolean;
}

/**
 * Turns dataset text (hostile: stray braces, `%`, `&`, unicode, half-written LaTeX) into the inside of a
 * braced BibTeX field value that always has balanced braces and compiles as LaTeX. `$…$` math with balanced
 * braces stays math; a few text commands (`\textit{…}`) and accents (`\"o`) stay LaTeX; every other special
 * character is escaped so it prints as written. Unicode is kept as UTF-8.
 */
export function bibtexText(text: string, options: BibtexTextOptions): string {
  const clean = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  return render(clean, options.protectCase);
}

function render(text: string, protectCase: boolean): string {
  let out = '';
  let word = '';
  const flush = (): void => {
    out += protectCase && needsProtection(word) ? `{${word}}` : word;
    word = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/[\p{L}\p{N}]/u.test(ch) || /[\uD800-\uDFFF\u0300-\u036f]/.test(ch)) {
      word += ch;
      i += 1;
      continue;
    }
    flush();
    const consumed = ch === '$' ? math(text, i, protectCase) : ch === '\\' || ch === '{' ? command(text, i, protectCase) : undefined;
    if (consumed !== undefined) {
      out += consumed.output;
      i = consumed.end;
    } else {
      out += TEXT_ESCAPES[ch] ?? ch;
      i += 1;
    }
  }
  flush();
  return out;
}

/** A word needs braces when a style lowercasing the title would break it: `BERT`, `ImageNet`, `3D`, `Q`. */
function needsProtection(word: string): boolean {
  const letters = [...word];
  if (letters.length === 1) return /\p{Lu}/u.test(word) && word !== 'A';
  return letters.slice(1).some((letter) => /\p{Lu}/u.test(letter));
}

interface Consumed {
  readonly output: string;
  readonly end: number;
}

/** `$…$` or `$$…$$` with balanced braces, kept as math (a pair around unbalanced braces prints its dollars); `%`, `#`, `&` inside are escaped because TeX reads them even there. */
function math(text: string, start: number, protectCase: boolean): Consumed | undefined {
  const delimiter = text.startsWith('$$', start) ? '$$' : '$';
  // Pandoc's rule, which keeps `$5 and $10` as money: no space just inside either dollar.
  if (delimiter === '$' && /\s/.test(text[start + 1] ?? ' ')) return undefined;
  let i = start + delimiter.length;
  while (i < text.length && !text.startsWith(delimiter, i)) i += text[i] === '\\' ? 2 : 1;
  if (delimiter === '$' && /\s/.test(text[i - 1])) return undefined;
  if (i >= text.length) return undefined;
  const body = text.slice(start + delimiter.length, i);
  if (body.trim() === '' || !bracesBalanced(body)) {
    // Not math after all (`$a}$`): print both dollars, so the second cannot open a formula with later text.
    const dollars = delimiter === '$' ? '\\$' : '\\$\\$';
    return { output: dollars + render(body, protectCase) + dollars, end: i + delimiter.length };
  }
  let escaped = '';
  for (let j = 0; j < body.length; j += 1) {
    if (body[j] === '\\') {
      escaped += body.slice(j, j + 2);
      j += 1;
    } else {
      escaped += '%#&'.includes(body[j]) ? `\\${body[j]}` : body[j];
    }
  }
  // In a title, braces keep BibTeX styles that change case from lowering the math (`$O(N)$` to `$o(n)$`).
  const formula = delimiter + escaped + delimiter;
  return { output: protectCase ? `{${formula}}` : formula, end: i + delimiter.length };
}

/** Counts every brace, escaped or not, the way BibTeX does. */
function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** LaTeX we keep: escaped specials, accents, known text commands with a closed argument. */
function command(text: string, start: number, protectCase: boolean): Consumed | undefined {
  const rest = text.slice(start, start + 12);
  // `{\"o}` keeps its group; a bare `\"o` gets one so styles treat it as a single letter.
  const accent = GROUPED_ACCENT.exec(rest) ?? BARE_ACCENT.exec(rest);
  if (accent !== null) {
    const inner = accent[0].startsWith('{') ? accent[0].slice(1, -1) : accent[0];
    return { output: `{${inner}}`, end: start + accent[0].length };
  }
  if (text[start] !== '\\') return undefined;
  const next = text[start + 1];
  if (next !== undefined && '&%#_$'.includes(next)) return { output: `\\${next}`, end: start + 2 };
  if (next === '{' || next === '}') return { output: TEXT_ESCAPES[next], end: start + 2 };
  const name = /^[A-Za-z]+/.exec(text.slice(start + 1))?.[0];
  if (name === undefined) return undefined;
  const afterName = start + 1 + name.length;
  if (NO_ARGUMENT_COMMANDS.has(name)) return { output: `\\${name}{}`, end: afterName + (text.startsWith('{}', afterName) ? 2 : 0) };
  if (!ARGUMENT_COMMANDS.has(name) || text[afterName] !== '{') return undefined;
  const close = matchingBrace(text, afterName);
  if (close === undefined) return undefined;
  return { output: `\\${name}{${render(text.slice(afterName + 1, close), protectCase)}}`, end: close + 1 };
}
