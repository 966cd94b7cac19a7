import assert from 'node:assert/strict';
import { segmentLatexText } from '../../../src/core/render/segmentLatexText';

const text = (value: string) => ({ kind: 'text', text: value });
const math = (tex: string, display = false) => ({ kind: 'math', tex, display });

describe('segmentLatexText', () => {
  it('finds inline math from the dataset: $^2$, $\\chi^2$, $O(n \\log n)$', () => {
    assert.deepEqual(segmentLatexText('R$^2$ and a $\\chi^2$ test in $O(n \\log n)$ time'), [
      text('R'),
      math('^2'),
      text(' and a '),
      math('\\chi^2'),
      text(' test in '),
      math('O(n \\log n)'),
      text(' time'),
    ]);
  });

  it('finds display math and the \\( \\) and \\[ \\] delimiters', () => {
    assert.deepEqual(segmentLatexText('$$\\sum_i x_i$$ then \\(a+b\\) and \\[c\\]'), [
      math('\\sum_i x_i', true),
      text(' then '),
      math('a+b'),
      text(' and '),
      math('c', true),
    ]);
  });

  it('keeps escaped dollars as text and does not let them open or close math', () => {
    assert.deepEqual(segmentLatexText('costs \\$5, not $\\$3$'), [text('costs $5, not '), math('\\$3')]);
  });

  it('reads amounts of money as text, not as a formula between them', () => {
    assert.deepEqual(segmentLatexText('from $5 to $10 per GPU hour'), [text('from $5 to $10 per GPU hour')]);
  });

  it('still ends math at a $ followed by a digit when the formula does not start with one', () => {
    assert.deepEqual(segmentLatexText('an $\\ell$1 penalty'), [text('an '), math('\\ell'), text('1 penalty')]);
  });

  it('leaves unbalanced or empty delimiters as plain text', () => {
    assert.deepEqual(segmentLatexText('a $ sign and \\(x alone'), [text('a $ sign and \\(x alone')]);
    assert.deepEqual(segmentLatexText('$$x never closed'), [text('$$x never closed')]);
    assert.deepEqual(segmentLatexText('\\[x never closed'), [text('\\[x never closed')]);
    assert.deepEqual(segmentLatexText('empty $ $ math'), [text('empty $ $ math')]);
  });

  it('does not let math run across a paragraph break', () => {
    assert.deepEqual(segmentLatexText('$a\n\nb$'), [text('$a\n\nb$')]);
  });

  it('turns text commands into styled text, also when nested or holding math', () => {
    assert.deepEqual(segmentLatexText('\\textit{Deep} \\textbf{nets \\emph{are} $x$} \\texttt{code}'), [
      { kind: 'text', text: 'Deep', style: 'italic' },
      text(' '),
      { kind: 'text', text: 'nets ', style: 'bold' },
      { kind: 'text', text: 'are', style: 'italic' },
      { kind: 'text', text: ' ', style: 'bold' },
      math('x'),
      text(' '),
      { kind: 'text', text: 'code', style: 'code' },
    ]);
  });

  it('shows plain text commands as their text and drops citation keys', () => {
    assert.deepEqual(segmentLatexText('\\textsc{Bert} works~\\cite{devlin2019}. See \\url{https://a.org/~x--y}'), [
      text('Bert works. See '),
      { kind: 'text', text: 'https://a.org/~x--y', style: 'code' },
    ]);
  });

  it('converts dashes, ties, escaped specials and grouping braces', () => {
    assert.deepEqual(segmentLatexText('2018--2023 --- {ResNet}~50 gets 10\\% \\& \\_ \\# \\{\\}'), [
      text('2018–2023 — ResNet\u00a050 gets 10% & _ # {}'),
    ]);
  });

  it('keeps unknown commands and commands without an argument as written', () => {
    assert.deepEqual(segmentLatexText('\\alpha-\\foo{bar} and \\emph alone and \\textit{open'), [
      text('\\alpha-\\foobar and \\emph alone and \\textitopen'),
    ]);
  });

  it('treats HTML in the input as ordinary text', () => {
    assert.deepEqual(segmentLatexText('<img src=x onerror=alert(1)>'), [text('<img src=x onerror=alert(1)>')]);
  });

  it('returns nothing for an empty string', () => {
    assert.deepEqual(segmentLatexText(''), []);
  });
});
