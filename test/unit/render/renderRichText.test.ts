import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderRichText } from '../../../src/core/render/renderRichText';

/** Every tag in `html`, ignoring what KaTeX produced inside `<span class="katex">`. */
function tagsOutsideMath(html: string): string[] {
  return [...html.replace(/<span class="katex">.*?<\/math><\/span>/gs, '').matchAll(/<\/?([a-z]+)/g)].map((match) => match[1] ?? '');
}

describe('renderRichText', () => {
  it('shows commands named like Object.prototype members as written, not as a function body', () => {
    const html = renderRichText('A \\toString{x}, \\constructor and \\hasOwnProperty');
    assert.doesNotMatch(html, /native code|function/);
    assert.match(html, /\\toString/);
  });

  it('escapes an HTML title so it shows as those characters', () => {
    assert.equal(renderRichText('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
    assert.equal(renderRichText('\\textit{<script>alert(1)</script>}'), '<em>&lt;script&gt;alert(1)&lt;/script&gt;</em>');
  });

  it('typesets math and shows text commands as emphasis', () => {
    const html = renderRichText('A $\\chi^2$ test, \\emph{fast} and \\textbf{exact}');
    assert.match(html, /^A <span class="katex"><math.*<mi>χ<\/mi>.*<\/math><\/span> test, <em>fast<\/em> and <strong>exact<\/strong>$/);
  });

  it('shows broken TeX as its escaped source next to correctly rendered text', () => {
    assert.equal(renderRichText('bad $\\frac{<b>$ here'), 'bad <span class="math-source">$\\frac{&lt;b&gt;$</span> here');
  });

  it('marks words that start with a query term, whatever their case', () => {
    assert.equal(
      renderRichText('Diffusion models diffuse; confusion is not', { highlightTerms: ['diffus'] }),
      '<mark>Diffusion</mark> models <mark>diffuse</mark>; confusion is not',
    );
  });

  it('marks terms inside emphasised text', () => {
    assert.equal(renderRichText('\\textit{Graph} nets', { highlightTerms: ['graph'] }), '<em><mark>Graph</mark></em> nets');
    // The search folds accents; so does the highlight.
    assert.equal(renderRichText('Über Schölkopf', { highlightTerms: ['uber', 'scholkopf'] }), '<mark>Über</mark> <mark>Schölkopf</mark>');
  });

  it('never marks anything inside a formula, even terms that look like its markup', () => {
    const html = renderRichText('$\\mathrm{diffusion}$ minimal diffusion', { highlightTerms: ['diffus', 'mi', 'math', 'span', 'semantics'] });
    assert.deepEqual([...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]), ['minimal', 'diffusion']);
    assert.equal(html.indexOf('<mark>') > html.indexOf('</math>'), true);
  });

  it('ignores one-letter terms, which would mark most words', () => {
    assert.equal(renderRichText('a big model', { highlightTerms: ['a', 'b'] }), 'a big model');
  });

  it('lets no tag but its own through, whatever the input', () => {
    const alphabet = fc.constantFrom(...'<>&"\'/=ab $\\{}~-_%#', '\\textit{', '\\emph{', '\\url{', '<img src=x onerror=alert(1)>', '<script>');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (input) => {
        const html = renderRichText(input, { highlightTerms: ['ab'] });
        for (const tag of tagsOutsideMath(html)) assert.ok(['em', 'strong', 'code', 'mark', 'span'].includes(tag), `${tag} in ${html}`);
        assert.doesNotMatch(html.replace(/<span class="katex">.*?<\/math><\/span>/gs, ''), /<span(?! class="math-source">)/);
      }),
    );
  });
});
