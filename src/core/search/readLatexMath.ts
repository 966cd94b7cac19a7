/** Commands whose name is not what a reader types: `$\ell_1$` is read `l1`, `$A^\ast$` `a*`. */
const READ_AS = new Map([
  ['ell', 'l'], ['ast', '*'], ['star', '*'], ['infty', '{infinity}'], ['cdot', ' '], ['quad', ' '], ['qquad', ' '],
]);
/** Commands that only style or size their argument, which is what is read. */
const STYLE = new Set([
  'mathcal', 'mathbf', 'mathrm', 'mathbb', 'mathit', 'mathsf', 'mathtt', 'mathfrak', 'mathscr', 'boldsymbol', 'bm', 'text', 'textbf',
  'textit', 'textrm', 'textsc', 'texttt', 'emph', 'operatorname', 'hat', 'widehat', 'tilde', 'widetilde', 'bar', 'overline', 'vec',
  'left', 'right', 'big', 'bigg', 'Big', 'Bigg', 'displaystyle', 'scriptstyle', 'mathop',
]);
/** Styling that only running text has: `{\em …}`, `\underline{…}`. */
const TEXT_ONLY_STYLE = new Set(['em', 'it', 'bf', 'sc', 'tt', 'rm', 'sf', 'underline', 'textsf', 'textsl', 'textup', 'textmd', 'textnormal', 'uline']);
const MATH = /\$\$?([^$]*)\$\$?|\\\((.*?)\\\)/gs;
/** A styling command in running text, `\emph{…}` or `{\em …}`: a reader sees its argument, never its name. */
const TEXT_STYLE = /\\([A-Za-z]+)(?![A-Za-z])/g;

/**
 * The LaTeX math of a text with its commands read as a person types them: `$\ell_1$` -> `$l_1$`, `$A^\ast$` ->
 * `$A^*$`, `$\mathcal{O}(n)$` -> `${O}(n)$`, other commands as their name in braces (`\alpha` -> `{alpha}`).
 * Marks and braces stay: they separate pieces within one word, so `D$^2$ETR` is found as `d2etr` and as `D 2 ETR`.
 */
export function readLatexMath(text: string): string {
  if (!text.includes('$') && !text.includes('\\(')) return text;
  return text.replace(MATH, (_whole, dollars: string | undefined, parens: string | undefined) => readMath(dollars ?? parens ?? ''));
}

/**
 * Styling commands outside math dropped, as a reader sees the text: `\emph{interventional}` is read
 * `{interventional}`, not `emphinterventional`. Other commands (`\LaTeX`, `\alpha`) stay: their name is
 * what a reader sees or types.
 */
export function dropTextStyles(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(TEXT_STYLE, (command, name: string) => (STYLE.has(name) || TEXT_ONLY_STYLE.has(name) ? ' ' : command));
}

function readMath(math: string): string {
  const read = math.replace(/\\([A-Za-z]+)/g, (_command, name: string) => READ_AS.get(name) ?? (STYLE.has(name) ? '' : `{${name}}`)).replace(/\\[,;:! ]/g, ' ');
  return `$${read}$`;
}
