/**
 * LaTeX for characters outside ASCII, in forms pdflatex sets in its default encoding with no package
 * loaded, and that BibTeX, biber and Pandoc read back: accents as `{\"o}` (as OpenReview writes names),
 * Greek and mathematical symbols as math, typographic punctuation as TeX's ligatures.
 */

/** Combining marks and the accent command that draws each (those with a letter name take a braced argument). */
const ACCENTS: ReadonlyMap<number, string> = new Map([
  [0x300, '`'], [0x301, "'"], [0x302, '^'], [0x303, '~'], [0x304, '='], [0x306, 'u'], [0x307, '.'], [0x308, '"'],
  [0x30a, 'r'], [0x30b, 'H'], [0x30c, 'v'], [0x323, 'd'], [0x327, 'c'], [0x331, 'b'],
]);

/** Letters that are not an ASCII letter plus accents. Only OT1 commands: `\th`, `\dj`, `\ng` need T1 and fail without it. */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', '{\\ss}'], ['ẞ', '{\\SS}'], ['æ', '{\\ae}'], ['Æ', '{\\AE}'], ['œ', '{\\oe}'], ['Œ', '{\\OE}'], ['ø', '{\\o}'], ['Ø', '{\\O}'],
  ['ł', '{\\l}'], ['Ł', '{\\L}'], ['ı', '{\\i}'], ['ȷ', '{\\j}'], ['đ', 'd'], ['Đ', 'D'], ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'], ['Þ', 'Th'],
  ['ŋ', 'n'], ['Ŋ', 'N'], ['ħ', 'h'], ['Ħ', 'H'],
]);

const GREEK = 'αβγδεζηθικλμνξοπρςστυφχψωϑϕϖϵ';
const GREEK_NAMES = [
  'alpha', 'beta', 'gamma', 'delta', 'varepsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'o', 'pi', 'rho',
  'varsigma', 'sigma', 'tau', 'upsilon', 'varphi', 'chi', 'psi', 'omega', 'vartheta', 'phi', 'varpi', 'epsilon',
];
/** Capitals with their own glyph; the others look like Latin capitals and are written as those. */
const GREEK_CAPITALS: ReadonlyMap<string, string> = new Map([
  ['Γ', 'Gamma'], ['Δ', 'Delta'], ['Θ', 'Theta'], ['Λ', 'Lambda'], ['Ξ', 'Xi'], ['Π', 'Pi'], ['Σ', 'Sigma'], ['Υ', 'Upsilon'], ['Φ', 'Phi'],
  ['Ψ', 'Psi'], ['Ω', 'Omega'],
]);
const GREEK_AS_LATIN: ReadonlyMap<string, string> = new Map([...'ΑΒΕΖΗΙΚΜΝΟΡΤΧ'].map((letter, i) => [letter, 'ABEZHIKMNOPTX'[i]!]));

/** Symbols set in math mode. */
const MATH_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['×', '\\times'], ['÷', '\\div'], ['±', '\\pm'], ['∓', '\\mp'], ['∞', '\\infty'], ['≤', '\\leq'], ['≥', '\\geq'], ['≠', '\\neq'], ['≈', '\\approx'],
  ['≃', '\\simeq'], ['≡', '\\equiv'], ['∼', '\\sim'], ['∝', '\\propto'], ['≪', '\\ll'], ['≫', '\\gg'], ['→', '\\rightarrow'], ['←', '\\leftarrow'],
  ['↔', '\\leftrightarrow'], ['⇒', '\\Rightarrow'], ['⇐', '\\Leftarrow'], ['⇔', '\\Leftrightarrow'], ['↦', '\\mapsto'], ['↑', '\\uparrow'],
  ['↓', '\\downarrow'], ['∈', '\\in'], ['∉', '\\notin'], ['∋', '\\ni'], ['⊂', '\\subset'], ['⊃', '\\supset'], ['⊆', '\\subseteq'], ['⊇', '\\supseteq'],
  ['∩', '\\cap'], ['∪', '\\cup'], ['∧', '\\wedge'], ['∨', '\\vee'], ['¬', '\\neg'], ['∀', '\\forall'], ['∃', '\\exists'], ['∅', '\\emptyset'],
  ['∂', '\\partial'], ['∇', '\\nabla'], ['∑', '\\sum'], ['∏', '\\prod'], ['∫', '\\int'], ['√', '\\surd'], ['⋆', '\\star'], ['★', '\\star'],
  ['☆', '\\star'], ['∗', '\\ast'], ['∘', '\\circ'], ['⊕', '\\oplus'], ['⊗', '\\otimes'], ['⊙', '\\odot'], ['∣', '\\mid'], ['∥', '\\parallel'],
  ['‖', '\\Vert'], ['⊥', '\\perp'], ['⟨', '\\langle'], ['⟩', '\\rangle'], ['ℓ', '\\ell'], ['ℏ', '\\hbar'], ['ℵ', '\\aleph'], ['′', "'"], ['″', "''"],
  ['ℝ', '\\mathbf{R}'], ['ℕ', '\\mathbf{N}'], ['ℤ', '\\mathbf{Z}'], ['ℚ', '\\mathbf{Q}'], ['ℂ', '\\mathbf{C}'], ['⋅', '\\cdot'], ['−', '-'],
  ['°', '^\\circ'], ['µ', '\\mu'], ['²', '^2'], ['³', '^3'], ['¹', '^1'], ['⁰', '^0'], ['⁴', '^4'], ['⁵', '^5'], ['⁶', '^6'], ['⁷', '^7'],
  ['⁸', '^8'], ['⁹', '^9'], ['₀', '_0'], ['₁', '_1'], ['₂', '_2'], ['₃', '_3'], ['₄', '_4'], ['½', '\\frac{1}{2}'], ['¼', '\\frac{1}{4}'],
  ['¾', '\\frac{3}{4}'],
]);

/** Punctuation and text symbols, as TeX's ligatures or text commands. */
const TEXT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['‘', '`'], ['’', "'"], ['‚', ','], ['“', '``'], ['”', "''"], ['„', ',,'], ['–', '--'], ['—', '---'], ['‐', '-'], ['‑', '-'], ['‒', '--'],
  ['―', '---'], ['…', '{\\ldots}'], ['•', '{\\textbullet}'], ['·', '{\\textperiodcentered}'], ['†', '{\\dag}'], ['‡', '{\\ddag}'], ['§', '{\\S}'],
  ['¶', '{\\P}'], ['©', '{\\copyright}'], ['®', '{\\textregistered}'], ['™', '{\\texttrademark}'], ['£', '{\\pounds}'], ['€', '{\\texteuro}'],
  ['¥', '{\\textyen}'], ['¢', '{\\textcent}'], ['¡', '{\\textexclamdown}'], ['¿', '{\\textquestiondown}'], ['«', '<<'], ['»', '>>'], ['‹', '<'],
  ['›', '>'], ['\u00a0', '~'], ['‰', '{\\textperthousand}'], ['№', '{\\textnumero}'],
]);

/** Zero-width and formatting characters: invisible, and pdflatex stops at them. The soft hyphen too. */
const INVISIBLE = /^[\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]$/u;
/** Replaces what pdflatex cannot set without packages (other scripts, emoji): visible, so the loss can be seen. */
export const UNTYPESETTABLE = '?';

/**
 * How one character is written: a code point outside ASCII, with any combining marks that follow it
 * (or an ASCII letter with its marks); '' for an invisible one.
 */
export function latexCharacter(cluster: string): string {
  const [character = '', ...marks] = [...cluster];
  if (marks.length > 0) return accented(cluster) ?? latexCharacter(character);
  if (/^[A-Za-z0-9]$/.test(character)) return character;
  // A mark with nothing to sit on.
  if (/^\p{M}$/u.test(character)) return '';
  const known = LETTERS.get(character) ?? TEXT_SYMBOLS.get(character);
  if (known !== undefined) return known;
  const math = MATH_SYMBOLS.get(character) ?? greek(character);
  if (math !== undefined) return `$${math}$`;
  if (GREEK_AS_LATIN.has(character)) return GREEK_AS_LATIN.get(character)!;
  if (INVISIBLE.test(character)) return '';
  // Spaces of every width are spaces.
  if (/^\p{Zs}$/u.test(character)) return ' ';
  // Full-width forms and ligatures have an ASCII reading (ＡＢＣ, ？, ﬁ).
  const compatible = character.normalize('NFKC');
  if (compatible !== character && /^[\x20-\x7e]+$/.test(compatible)) return compatible;
  return accented(character) ?? UNTYPESETTABLE;
}

function greek(character: string): string | undefined {
  const at = GREEK.indexOf(character);
  if (at >= 0) return GREEK_NAMES[at] === 'o' ? 'o' : `\\${GREEK_NAMES[at]!}`;
  const capital = GREEK_CAPITALS.get(character);
  return capital === undefined ? undefined : `\\${capital}`;
}

/** A Latin letter with accents (`é`, `ệ`, `ǘ`), as nested accent commands; undefined when it is anything else. */
function accented(character: string): string | undefined {
  const [base, ...marks] = [...character.normalize('NFD')];
  if (base === undefined || marks.length === 0) return undefined;
  let text = LETTERS.get(base) ?? (/^[A-Za-z]$/.test(base) ? base : undefined);
  if (text === undefined) return undefined;
  for (const mark of marks) {
    const accent = ACCENTS.get(mark.codePointAt(0)!);
    // A mark with no accent command (a hook, a horn) is dropped: the letter is still readable.
    if (accent === undefined) continue;
    // A plain `i` under the accent (`{\\"i}`), not the dotless `\\i`: Pandoc, biber and bibtex-parser read it back as ï.
    text = /[A-Za-z]/.test(accent) ? `\\${accent}{${text}}` : `\\${accent}${text.startsWith('\\') ? `{${text}}` : text}`;
  }
  return `{${text}}`;
}
