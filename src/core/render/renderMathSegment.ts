import katex from 'katex';
import { escapeHtml } from './escapeHtml';

/**
 * Commands that would make KaTeX emit links, images or raw HTML attributes. `trust: false` already stops
 * them, but KaTeX then prints them as red error text; showing the author's source reads better.
 */
const UNTRUSTED_COMMANDS = /\\(?:href|url|includegraphics|htmlClass|htmlId|htmlStyle|htmlData)(?![A-Za-z])/;

/** Longer formulas are almost certainly a mis-detected `$` pair; typesetting them costs time and helps nobody. */
const MAX_TEX_LENGTH = 2000;

/**
 * KaTeX output format. The default, MathML, needs no stylesheet or font and carries no inline `style`
 * attributes, so it renders under a webview CSP without `'unsafe-inline'`; KaTeX's HTML output positions
 * every glyph with inline styles, which such a CSP strips.
 */
export type MathOutput = 'mathml' | 'html' | 'htmlAndMathml';

/**
 * Typesets one formula to HTML with KaTeX, locked down for hostile input: no trusted commands, bounded
 * sizes and macro expansion (so `\def` loops stop), and any failure falls back to the escaped source
 * with its delimiters, so the result is never broken markup.
 */
export function renderMathSegment(tex: string, display: boolean, output: MathOutput = 'mathml'): string {
  if (tex.length <= MAX_TEX_LENGTH && !UNTRUSTED_COMMANDS.test(tex)) {
    try {
      return katex.renderToString(tex, {
        displayMode: display,
        output,
        throwOnError: true,
        trust: false,
        strict: 'ignore',
        maxSize: 20,
        maxExpand: 500,
      });
    } catch {
      // Fall through to the source: a parse error, an expansion limit or anything else KaTeX rejects.
    }
  }
  const source = display ? `$$${tex}$$` : `$${tex}$`;
  return `<span class="math-source">${escapeHtml(source)}</span>`;
}
