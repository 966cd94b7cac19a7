import { highlightText } from './highlightText';
import { renderMathSegment } from './renderMathSegment';
import type { MathOutput } from './renderMathSegment';
import { segmentLatexText } from './segmentLatexText';
import type { TextStyle } from './segmentLatexText';

export interface RichTextOptions {
  /** Query terms (stems or prefixes) to mark in the prose; formulas are never marked. */
  readonly highlightTerms?: readonly string[];
  readonly mathOutput?: MathOutput;
}

const STYLE_TAGS: Readonly<Record<TextStyle, string>> = { italic: 'em', bold: 'strong', code: 'code' };

/**
 * Turns a title or abstract into safe HTML: prose is escaped (and highlighted), LaTeX text commands
 * become `<em>`, `<strong>` or `<code>`, and math is typeset by KaTeX or shown as escaped source.
 * No character of the input reaches the output unescaped outside KaTeX's own output.
 */
export function renderRichText(text: string, options: RichTextOptions = {}): string {
  const terms = options.highlightTerms ?? [];
  return segmentLatexText(text)
    .map((segment) => {
      if (segment.kind === 'math') return renderMathSegment(segment.tex, segment.display, options.mathOutput);
      const html = highlightText(segment.text, terms);
      if (segment.style === undefined) return html;
      const tag = STYLE_TAGS[segment.style];
      return `<${tag}>${html}</${tag}>`;
    })
    .join('');
}
