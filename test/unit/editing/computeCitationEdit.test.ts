import assert from 'node:assert/strict';
import { computeCitationEdit } from '../../../src/core/editing/computeCitationEdit';
import type { CitationEditOptions } from '../../../src/core/editing/computeCitationEdit';
import { makePaper } from '../makePaper';
import { applyEdits, cursor } from './cursorText';

const paper = makePaper({ title: 'Subspace Regularizers for Few-Shot Class Incremental Learning', year: 2022 });
const LATEX: CitationEditOptions = { lang: 'latex', markdownStyle: 'pandoc', paper };

function cite(marked: string, options: Partial<CitationEditOptions> = {}, key = 'new'): string {
  const { text, offset } = cursor(marked);
  return applyEdits(text, [computeCitationEdit(text, offset, key, { ...LATEX, ...options })]);
}

describe('computeCitationEdit in LaTeX', () => {
  it('inserts the command of the package the document loads', () => {
    assert.equal(cite('\\usepackage{natbib}\nAs shown |here.'), '\\usepackage{natbib}\nAs shown \\citep{new}here.');
    assert.equal(cite('\\usepackage{biblatex}\nAs shown |.'), '\\usepackage{biblatex}\nAs shown \\autocite{new}.');
    assert.equal(cite('As shown |.'), 'As shown \\cite{new}.');
  });

  it('uses the command setting, with or without a backslash, over detection', () => {
    assert.equal(cite('\\usepackage{natbib}\n|', { latexCommand: 'citet' }), '\\usepackage{natbib}\n\\citet{new}');
    assert.equal(cite('|', { latexCommand: '\\textcite' }), '\\textcite{new}');
    assert.equal(cite('|', { latexCommand: 'cite*' }), '\\cite*{new}');
    assert.equal(cite('|', { latexCommand: 'not a command}' }), '\\cite{new}');
  });

  it('adds the key at the end of an existing cite when the cursor is after the last key or on the command', () => {
    assert.equal(cite('\\cite{a, b|}'), '\\cite{a, b, new}');
    assert.equal(cite('\\ci|tep{a, b}'), '\\citep{a, b, new}');
    assert.equal(cite('\\citep[see][p.~3]{a}|'), '\\citep[see][p.~3]{a}\\cite{new}');
    assert.equal(cite('\\citep[see|][p.~3]{a}'), '\\citep[see][p.~3]{a, new}');
  });

  it('adds the key after the key at or before the cursor', () => {
    assert.equal(cite('\\cite{a, |b}'), '\\cite{a, new, b}');
    assert.equal(cite('\\cite{al|pha, b}'), '\\cite{alpha, new, b}');
    assert.equal(cite('\\cite{|a, b}'), '\\cite{new, a, b}');
  });

  it('follows the list\'s own spacing and completes a dangling comma', () => {
    assert.equal(cite('\\cite{a,b|}'), '\\cite{a,b,new}');
    assert.equal(cite('\\cite{a,|}'), '\\cite{a, new}');
    assert.equal(cite('\\cite{a, |}'), '\\cite{a, new}');
  });

  it('fills an empty cite', () => {
    assert.equal(cite('\\cite{|}'), '\\cite{new}');
    assert.equal(cite('\\autocite{  | }'), '\\autocite{new}');
  });

  it('works in every cite command, starred, and across lines', () => {
    assert.equal(cite('\\parencite*{a|}'), '\\parencite*{a, new}');
    assert.equal(cite('\\textcite{a}'.replace('a', 'a|')), '\\textcite{a, new}');
    assert.equal(cite('\\citep{first,\n  sec|ond,\n  third}'), '\\citep{first,\n  second, new,\n  third}');
  });

  it('adds nothing when the key is already in the cite', () => {
    const { text, offset } = cursor('\\cite{a, new|}');
    assert.deepEqual(computeCitationEdit(text, offset, 'new', LATEX), { offset, deleteLength: 0, text: '' });
  });

  it('does not join a commented-out cite or a command that only contains "cite"', () => {
    assert.equal(cite('% \\cite{a}\n|'), '% \\cite{a}\n\\cite{new}');
    assert.equal(cite('\\citestyle{|'), '\\citestyle{\\cite{new}');
    assert.equal(cite('\\cite{a} and |'), '\\cite{a} and \\cite{new}');
  });

  it('joins a cite that is still being typed, up to the end of its line', () => {
    assert.equal(cite('\\citep{a, |\n\nNext paragraph.'), '\\citep{a, new\n\nNext paragraph.');
  });
});

describe('computeCitationEdit in Markdown', () => {
  const md = (marked: string, style: CitationEditOptions['markdownStyle'] = 'pandoc', citedPaper = paper): string =>
    cite(marked, { lang: 'markdown', markdownStyle: style, paper: citedPaper });

  it('inserts a Pandoc citation or a narrative one', () => {
    assert.equal(md('As shown |.'), 'As shown [@new].');
    assert.equal(md('|shows that', 'narrative'), '@new shows that');
    assert.equal(md('As shown in|', 'narrative'), 'As shown in @new');
  });

  it('adds "; @key" inside an existing bracketed citation, after the item holding the cursor', () => {
    assert.equal(md('See [@a; @b|].'), 'See [@a; @b; @new].');
    assert.equal(md('See [@a|; @b].'), 'See [@a; @new; @b].');
    assert.equal(md('See [see @a, p. 33|; also @b].'), 'See [see @a, p. 33; @new; also @b].');
    assert.equal(md('See [|@a].', 'narrative'), 'See [@a; @new].');
  });

  it('does not take a link or a footnote for a citation', () => {
    assert.equal(md('[text with @a|](https://x.org)'), '[text with @a[@new]](https://x.org)');
    assert.equal(md('Mail me at [me@ex|ample.org].'), 'Mail me at [me@ex[@new]ample.org].');
  });

  it('adds nothing when the key is already cited there', () => {
    assert.equal(md('See [@new; @b|].'), 'See [@new; @b].');
  });

  it('writes the link style as title and status text, with no invented URL', () => {
    assert.equal(md('See |.', 'link'), 'See *Subspace Regularizers for Few-Shot Class Incremental Learning* (ICLR 2022).');
    const rejected = makePaper({ title: 'A_b *c* [d] <e> @f $x_1$', year: 2021, decision: 'Reject' });
    assert.equal(md('|', 'link', rejected), '*A\\_b \\*c\\* \\[d\\] \\<e\\> \\@f $x_1$* (submitted to ICLR 2021, rejected)');
    const withUrl = makePaper({ title: 'T', extra: { url: 'https://openreview.net/forum?id=abc' } });
    assert.equal(md('See|', 'link', withUrl), 'See [T](https://openreview.net/forum?id=abc) (ICLR 2023)');
  });

  it('puts link-style text after a bracketed citation the cursor is in', () => {
    assert.equal(md('See [@a|].', 'link'), 'See [@a] *Subspace Regularizers for Few-Shot Class Incremental Learning* (ICLR 2022).');
  });
});
