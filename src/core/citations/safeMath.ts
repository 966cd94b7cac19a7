/**
 * Math a BibTeX entry may carry from the data: only macros that base LaTeX defines and that only typeset
 * (no file access, no definitions, no conditionals, no `\write18`), each with the arguments it takes, and
 * scripts, groups and `\left…\right` pairs that TeX accepts. Anything else makes the formula text.
 */
const SYMBOLS = new Set([
  // Greek
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda', 'mu', 'nu',
  'xi', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega',
  'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
  // letters and ordinary symbols
  'ell', 'hbar', 'imath', 'jmath', 'wp', 'Re', 'Im', 'aleph', 'infty', 'partial', 'nabla', 'emptyset', 'top', 'bot', 'prime', 'forall',
  'exists', 'neg', 'lnot', 'flat', 'natural', 'sharp', 'angle', 'triangle', 'clubsuit', 'diamondsuit', 'heartsuit', 'spadesuit', 'surd',
  'ldots', 'cdots', 'vdots', 'ddots', 'dots',
  // operators and relations
  'pm', 'mp', 'times', 'div', 'cdot', 'ast', 'star', 'circ', 'bullet', 'cap', 'cup', 'vee', 'wedge', 'setminus', 'oplus', 'ominus', 'otimes',
  'oslash', 'odot', 'dagger', 'ddagger', 'amalg', 'wr', 'leq', 'le', 'geq', 'ge', 'neq', 'ne', 'll', 'gg', 'approx', 'sim', 'simeq', 'cong',
  'equiv', 'propto', 'prec', 'succ', 'preceq', 'succeq', 'subset', 'supset', 'subseteq', 'supseteq', 'in', 'ni', 'notin', 'mid', 'parallel',
  'perp', 'models', 'vdash', 'dashv', 'asymp', 'doteq', 'smile', 'frown', 'bowtie', 'to', 'gets', 'rightarrow', 'leftarrow', 'leftrightarrow',
  'Rightarrow', 'Leftarrow', 'Leftrightarrow', 'longrightarrow', 'longleftarrow', 'mapsto', 'longmapsto', 'uparrow', 'downarrow', 'iff',
  'sum', 'prod', 'coprod', 'int', 'oint', 'bigcup', 'bigcap', 'bigvee', 'bigwedge', 'bigoplus', 'bigotimes',
  'log', 'ln', 'exp', 'lg', 'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'arg', 'deg',
  'det', 'dim', 'gcd', 'hom', 'ker', 'lim', 'liminf', 'limsup', 'max', 'min', 'sup', 'inf', 'Pr',
  // delimiters and spacing
  'langle', 'rangle', 'lfloor', 'rfloor', 'lceil', 'rceil', 'vert', 'Vert', 'backslash', 'quad', 'qquad',
]);
/** Commands of one argument: fonts, accents and roots. */
const ONE_ARGUMENT = new Set([
  'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt', 'mathcal', 'mathnormal', 'textrm', 'textbf', 'textit', 'textsf', 'texttt', 'textup',
  'hat', 'widehat', 'tilde', 'widetilde', 'bar', 'vec', 'dot', 'ddot', 'acute', 'grave', 'check', 'breve', 'overline', 'underline', 'sqrt',
]);
const TWO_ARGUMENTS = new Set(['frac']);
/**
 * Package commands that titles use, written as the closest base LaTeX command so the entry compiles in any
 * preamble (base LaTeX has no blackboard, script or Fraktur alphabet and no amsmath `\text`).
 */
const SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  ['mathbb', 'mathbf'],
  ['mathbbm', 'mathbf'],
  ['boldsymbol', 'mathbf'],
  ['bm', 'mathbf'],
  ['mathscr', 'mathcal'],
  ['mathfrak', 'mathrm'],
  ['text', 'textrm'],
  ['textnormal', 'textrm'],
  ['operatorname', 'mathrm'],
  ['varnothing', 'emptyset'],
  ['lvert', 'vert'],
  ['rvert', 'vert'],
  ['lVert', 'Vert'],
  ['rVert', 'Vert'],
  ['leqslant', 'leq'],
  ['geqslant', 'geq'],
]);
/** Control symbols that only typeset: escaped specials, spacing, `\|`. */
const CONTROL_SYMBOLS = new Set(['{', '}', '|', ',', ';', ':', '!', ' ', '%', '#', '&', '$', '_']);
/** Characters math mode sets as they are; `#`, `&`, `%`, `~`, `$` and every non-ASCII character are not among them. */
const PLAIN = /^[A-Za-z0-9\s+\-=()[\]<>,.;:!?/'*|@"]$/;
const DELIMITERS = new Set(['(', ')', '[', ']', '|', '.', '/', '\\{', '\\}', '\\|', '\\langle', '\\rangle', '\\lfloor', '\\rfloor', '\\lceil', '\\rceil', '\\vert', '\\Vert', '\\backslash']);

type Token = { readonly kind: 'char'; readonly text: string } | { readonly kind: 'macro'; readonly name: string } | { readonly kind: 'symbol'; readonly text: string };

/**
 * The formula `body` (between the dollars) rewritten with base LaTeX commands, or undefined when it holds
 * anything outside the vetted subset or would not compile (`x^`, `\left(` alone, an unknown macro).
 */
export function safeMathFormula(body: string): string | undefined {
  const tokens = tokenize(body);
  if (tokens === undefined) return undefined;
  const parser = new MathParser(tokens);
  return parser.list(false) ? parser.output.trim() : undefined;
}

function tokenize(body: string): Token[] | undefined {
  const tokens: Token[] = [];
  for (let i = 0; i < body.length; ) {
    const ch = body[i]!;
    if ('%#&'.includes(ch)) {
      // TeX reads these even in math (a comment, a parameter, an alignment); escaped they print themselves.
      tokens.push({ kind: 'symbol', text: `\\${ch}` });
      i++;
      continue;
    }
    if (ch !== '\\') {
      if (!PLAIN.test(ch) && !'{}^_'.includes(ch)) return undefined;
      tokens.push({ kind: 'char', text: /\s/.test(ch) ? ' ' : ch });
      i++;
      continue;
    }
    const name = /^[A-Za-z]+/.exec(body.slice(i + 1))?.[0];
    if (name !== undefined) {
      tokens.push({ kind: 'macro', name });
      i += 1 + name.length;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined || !CONTROL_SYMBOLS.has(next)) return undefined;
    tokens.push({ kind: 'symbol', text: `\\${next}` });
    i += 2;
  }
  return tokens;
}

/** A recursive-descent check of TeX's math grammar for the subset, writing the accepted formula as it goes. */
class MathParser {
  output = '';
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** A math list up to the end (or a closing brace, inside a group); false when TeX would reject it. */
  list(inGroup: boolean): boolean {
    let openLefts = 0;
    let superscript = false;
    let subscript = false;
    for (;;) {
      const token = this.tokens[this.at];
      if (token === undefined) return !inGroup && openLefts === 0;
      if (token.kind === 'char' && token.text === '}') {
        if (!inGroup || openLefts !== 0) return false;
        this.at++;
        this.output += '}';
        return true;
      }
      if (token.kind === 'char' && (token.text === '^' || token.text === '_')) {
        const isSuper = token.text === '^';
        // TeX refuses a double superscript or subscript on one atom.
        if (isSuper ? superscript : subscript) return false;
        if (isSuper) superscript = true;
        else subscript = true;
        this.at++;
        this.output += token.text;
        if (!this.argument(true)) return false;
        continue;
      }
      if (token.kind === 'char' && token.text === ' ') {
        this.at++;
        this.output += ' ';
        continue;
      }
      superscript = false;
      subscript = false;
      if (token.kind === 'macro' && (token.name === 'left' || token.name === 'right')) {
        if (token.name === 'right' && openLefts === 0) return false;
        openLefts += token.name === 'left' ? 1 : -1;
        this.at++;
        this.output += `\\${token.name}`;
        if (!this.delimiter()) return false;
        continue;
      }
      if (!this.atom()) return false;
    }
  }

  /** One atom: a character, a group, a control symbol, or a vetted command with its arguments. */
  private atom(): boolean {
    const token = this.tokens[this.at];
    if (token === undefined) return false;
    this.at++;
    switch (token.kind) {
      case 'char':
        if (token.text === '{') {
          this.output += '{';
          return this.list(true);
        }
        if (token.text === '}' || token.text === '^' || token.text === '_') return false;
        this.output += token.text;
        return true;
      case 'symbol':
        this.output += token.text;
        return true;
      case 'macro': {
        // A letter never follows a command name here (the tokenizer would have made it part of the name), so no space is needed.
        const name = SUBSTITUTES.get(token.name) ?? token.name;
        const argumentCount = SYMBOLS.has(name) ? 0 : ONE_ARGUMENT.has(name) ? 1 : TWO_ARGUMENTS.has(name) ? 2 : undefined;
        if (argumentCount === undefined) return false;
        this.output += `\\${name}`;
        if (name === 'sqrt' && !this.optionalDegree()) return false;
        for (let i = 0; i < argumentCount; i++) if (!this.argument(false)) return false;
        return true;
      }
    }
  }

  /**
   * A command's or script's argument: one character or symbol, or a braced group; scripts also take a
   * symbol command. A script's argument is written as it was (`x^2`); a command's gets braces, so that
   * `\\mathbf R` cannot become `\\mathbfR` once the space is gone.
   */
  private argument(script: boolean): boolean {
    this.skipSpaces();
    const token = this.tokens[this.at];
    if (token === undefined) return false;
    if (token.kind === 'char' && token.text === '{') {
      this.at++;
      this.output += '{';
      return this.list(true);
    }
    let text: string;
    if (token.kind === 'macro') {
      // `x^\\alpha` works; `x^\\frac12` only by accident of how \\frac expands, so it is not accepted.
      const name = SUBSTITUTES.get(token.name) ?? token.name;
      if (!script || !SYMBOLS.has(name)) return false;
      text = `\\${name}`;
    } else {
      if (token.kind === 'char' && '}^_'.includes(token.text)) return false;
      text = token.text;
    }
    this.at++;
    this.output += script ? text : `{${text}}`;
    return true;
  }

  private delimiter(): boolean {
    this.skipSpaces();
    const token = this.tokens[this.at];
    if (token === undefined) return false;
    const text = token.kind === 'macro' ? `\\${SUBSTITUTES.get(token.name) ?? token.name}` : token.text;
    if (!DELIMITERS.has(text)) return false;
    this.at++;
    this.output += text;
    return true;
  }

  /** `\sqrt[3]{x}`: a degree of plain characters and symbols, or none. */
  private optionalDegree(): boolean {
    this.skipSpaces();
    if (!this.isChar('[')) return true;
    this.output += '[';
    for (this.at++; !this.isChar(']'); this.at++) {
      const token = this.tokens[this.at];
      if (token === undefined || (token.kind === 'char' && '{}^_['.includes(token.text))) return false;
      if (token.kind === 'macro' && !SYMBOLS.has(token.name)) return false;
      this.output += token.kind === 'macro' ? `\\${token.name}` : token.text;
    }
    this.at++;
    this.output += ']';
    return true;
  }

  private skipSpaces(): void {
    while (this.isChar(' ')) this.at++;
  }

  private isChar(text: string): boolean {
    const token = this.tokens[this.at];
    return token?.kind === 'char' && token.text === text;
  }
}
