import assert from 'node:assert/strict';
import { renderMathSegment } from '../../../src/core/render/renderMathSegment';

describe('renderMathSegment', () => {
  it('typesets a formula as MathML by default', () => {
    const html = renderMathSegment('\\chi^2', false);
    assert.match(html, /<math[^>]*><semantics><mrow><msup><mi>χ<\/mi><mn>2<\/mn><\/msup>/);
    assert.doesNotMatch(html, /style="/);
  });

  it('marks display math as a block', () => {
    assert.match(renderMathSegment('x', true), /display="block"/);
  });

  it('can produce KaTeX HTML output for pages that load its stylesheet', () => {
    assert.match(renderMathSegment('x', false, 'html'), /class="katex-html"/);
  });

  it('falls back to the escaped source, with its delimiters, on TeX it cannot parse', () => {
    assert.equal(renderMathSegment('\\frac{a', false), '<span class="math-source">$\\frac{a$</span>');
    assert.equal(renderMathSegment('\\undefinedmacro <b>', true), '<span class="math-source">$$\\undefinedmacro &lt;b&gt;$$</span>');
  });

  it('stops a macro that expands forever and shows the source', () => {
    assert.equal(renderMathSegment('\\def\\a{\\a\\a}\\a', false), '<span class="math-source">$\\def\\a{\\a\\a}\\a$</span>');
  });

  it('never produces a link, an image or a caller-chosen class or style', () => {
    for (const tex of [
      '\\href{javascript:alert(1)}{x}',
      '\\url{javascript:alert(1)}',
      '\\includegraphics{x.png}',
      '\\htmlClass{evil}{x}',
      '\\htmlStyle{color:red}{x}',
      '\\htmlId{evil}{x}',
      '\\htmlData{foo=bar}{x}',
      '\\text{\\href{javascript:alert(1)}{x}}',
      '\\csname href\\endcsname{javascript:alert(1)}{x}',
    ]) {
      const html = renderMathSegment(tex, false, 'htmlAndMathml');
      assert.doesNotMatch(html, /<a[\s>]|href=|<img|src=|class="evil"|id="evil"|data-foo=|style="color:red/, tex);
    }
  });

  it('escapes HTML inside a formula', () => {
    const html = renderMathSegment('a<img src=x onerror=alert(1)>b', false, 'htmlAndMathml');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;/);
  });

  it('caps sizes a hostile formula asks for', () => {
    const html = renderMathSegment('\\rule{10000em}{10000em}', false, 'html');
    assert.doesNotMatch(html, /10000em/);
  });
});
