import { matchingBrace } from '../matchingBrace';
import { latexCharacter } from './latexCharacter';
import { safeMathFormula } from './safeMath';

/**
 * ASCII characters that are special in LaTeX, with a spelling that prints them, keeps BibTeX's braces
 * balanced and survives Pandoc's BibTeX reader (which drops `\textbar`, so `|` is math).
 */
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
  '|': '$|$',
};

/** Text-mode commands with one argument that a title may legitimately use; anything else is printed literally. */
const ARGUMENT_COMMANDS = new Set([
  'textit', 'textbf', 'emph', 'texttt', 'textsc', 'textrm', 'textsf', 'textsl', 'textup', 'textmd', 'textnormal', 'underline', 'mbox',
]);
/** Logos, kept whole in a brace group so that no style lowers them to an undefined `\\latex`. */
const NO_ARGUMENT_COMMANDS = new Set(['LaTeX', 'TeX', 'BibTeX']);

/** Accented and special letters in LaTeX spelling (`\\"o`, `\\v{s}`, `\\ss`). */
const ACCENT_SOURCE = '\\\\(?:[`\'^"~=.]\\s*(?:[A-Za-z]|\\{[A-Za-z]\\})|[uvHckrdbt](?:\\s*\\{[A-Za-z]\\}|\\s+[A-Za-z])|(?:ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z]))';
const BARE_ACCENT = new RegExp(`^${ACCENT_SOURCE}`);
const GROUPED_ACCENT = new RegExp(`^\\{${ACCENT_SOURCE}\\}`);

export interface BibtexTextOptions {
  /** Brace words whose case a bibliography style must not change (`{BERT}`, `{ImageNet}`, `{GPT}-2`). */
  readonly protectCase: boolean;
}

/**
 * Turns dataset text (hostile: stray braces, `%`, `&`, unicode, half-written LaTeX, `\\input`) into the
 * inside of a braced BibTeX field value that always has balanced braces, compiles with pdflatex in any
 * preamble, runs nothing, and reads back in BibTeX, biber and Pandoc. `$…$` math stays math only when it
 * is made of vetted commands (see safeMath); a few text commands (`\\textit{…}`) and accents (`\\"o`) stay
 * LaTeX; characters outside ASCII get their LaTeX spelling; everything else prints as written.
 */
export function bibtexText(text: string, options: BibtexTextOptions): string {
  const clean = text.normalize('NFC').replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  // Pandoc's BibTeX reader takes a group right after `\\textbraceleft{}` as its argument and drops it.
  return render(clean, options.protectCase, false).replace(/\\(textbrace(?:left|right))\{\}(?=\{)/g, '{\\$1}');
}

/** `literal` prints every character as written: for text that looked like LaTeX but is not safe to keep. */
function render(text: string, protectCase: boolean, literal: boolean): string {
  let out = '';
  let word = '';
  const flush = (): void => {
    if (word === '') return;
    const latex = [...word.matchAll(/\P{M}\p{M}*|\p{M}+/gu)].map(([cluster]) => latexCharacter(cluster)).join('');
    // A title's math symbols (`$\\Delta$` for Δ) are braced too, or a case-changing style would lower the command.
    out += protectCase && (needsProtection(word) || latex.includes('$')) ? `{${latex}}` : latex;
    word = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (/[\p{L}\p{N}\p{M}]/u.test(ch)) {
      word += ch;
      i += ch.length;
      continue;
    }
    flush();
    const consumed = literal ? undefined : ch === '$' ? math(text, i, protectCase) : ch === '\\' || ch === '{' ? command(text, i, protectCase) : undefined;
    if (consumed !== undefined) {
      out += consumed.output;
      i = consumed.end;
    } else {
      const written = TEXT_ESCAPES[ch] ?? (ch < '\u0080' ? ch : latexCharacter(ch));
      // `$\\Rightarrow$` for ⇒ must not be lowered to `$\\rightarrow$` by a case-changing style.
      out += protectCase && written.startsWith('$') ? `{${written}}` : written;
      i += ch.length;
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

/**
 * `$…$` or `$$…$$` kept as inline math when safeMath accepts it; otherwise the formula, dollars included,
 * prints as the text it is, so `$\\input{/etc/passwd}$` or `$\\end{document}$` can only ever be read.
 */
function math(text: string, start: number, protectCase: boolean): Consumed | undefined {
  const delimiter = text.startsWith('$$', start) ? '$$' : '$';
  // Pandoc's rule, which keeps `$5 and $10` as money: no space just inside either dollar.
  if (delimiter === '$' && /\s/.test(text[start + 1] ?? ' ')) return undefined;
  let i = start + delimiter.length;
  while (i < text.length && !text.startsWith(delimiter, i)) i += text[i] === '\\' ? 2 : 1;
  if (delimiter === '$' && /\s/.test(text[i - 1] ?? ' ')) return undefined;
  if (i >= text.length) return undefined;
  const end = i + delimiter.length;
  const body = text.slice(start + delimiter.length, i);
  const formula = body.trim() === '' ? undefined : safeMathFormula(body);
  if (formula === undefined) return { output: render(text.slice(start, end), protectCase, true), end };
  // In a title, braces keep BibTeX styles that change case from lowering the math (`$O(N)$` to `$o(n)$`).
  return { output: protectCase ? `{$${formula}$}` : `$${formula}$`, end };
}

/** LaTeX we keep: escaped specials, accents, logos, known text commands with a closed argument, brace pairs. */
function command(text: string, start: number, protectCase: boolean): Consumed | undefined {
  const rest = text.slice(start, start + 12);
  // `{\\"o}` keeps its group; a bare `\\"o` gets one so styles treat it as a single letter.
  const accent = GROUPED_ACCENT.exec(rest) ?? BARE_ACCENT.exec(rest);
  if (accent !== null) {
    const inner = accent[0].startsWith('{') ? accent[0].slice(1, -1) : accent[0];
    return { output: `{${inner}}`, end: start + accent[0].length };
  }
  if (text[start] === '{') {
    // A pair of braces in the data prints as a pair (`{COMPANYNAME}11K`); BibTeX sees a balanced group.
    const close = matchingBrace(text, start);
    if (close === undefined) return undefined;
    return { output: `\\{${render(text.slice(start + 1, close), protectCase, false)}\\}`, end: close + 1 };
  }
  const next = text[start + 1];
  if (next !== undefined && '&%#_$'.includes(next)) return { output: `\\${next}`, end: start + 2 };
  if (next === '{' || next === '}') return { output: TEXT_ESCAPES[next]!, end: start + 2 };
  // `\\ ` is a space, as in `\\TeX\\ names`.
  if (next === ' ') return { output: ' ', end: start + 2 };
  const name = /^[A-Za-z]+/.exec(text.slice(start + 1))?.[0];
  if (name === undefined) return undefined;
  const afterName = start + 1 + name.length;
  if (NO_ARGUMENT_COMMANDS.has(name)) return { output: `{\\${name}}`, end: afterName + (text.startsWith('{}', afterName) ? 2 : 0) };
  if (!ARGUMENT_COMMANDS.has(name) || text[afterName] !== '{') return undefined;
  const close = matchingBrace(text, afterName);
  if (close === undefined) return undefined;
  return { output: `\\${name}{${render(text.slice(afterName + 1, close), protectCase, false)}}`, end: close + 1 };
}
