import assert from 'node:assert/strict';
import { citationKeyFor } from '../../../src/core/citations/citationKeyFor';
import { DEFAULT_KEY_FORMAT, parseKeyFormat } from '../../../src/core/citations/parseKeyFormat';
import type { KeyFormat } from '../../../src/core/citations/parseKeyFormat';
import { makePaper } from '../makePaper';

function format(template: string): KeyFormat {
  const result = parseKeyFormat(template);
  if (!result.ok) throw new Error(result.message);
  return result.format;
}

function key(title: string, template?: string, year: number | 'none' = 2022): string {
  return citationKeyFor(makePaper({ title, year: year === 'none' ? undefined : year }), template === undefined ? DEFAULT_KEY_FORMAT : format(template));
}

describe('citationKeyFor', () => {
  it('joins the first two significant title words and the year in lowerCamel', () => {
    assert.equal(key('Subspace Regularizers for Few-Shot Class Incremental Learning'), 'subspaceRegularizers2022');
  });

  it('skips stop words, whatever their case', () => {
    assert.equal(key('On the Convergence of Adam and Beyond'), 'convergenceAdam2022');
    assert.equal(key('Towards a Theory of How Transformers Learn'), 'theoryTransformers2022');
  });

  it('keeps a hyphenated compound as one camel-cased word', () => {
    assert.equal(key('Self-Supervised Learning of Pretext-Invariant Representations'), 'selfSupervisedLearning2022');
  });

  it('lowercases acronyms so keys read alike', () => {
    assert.equal(key('BERT Goes to ImageNet'), 'bertGoes2022');
  });

  it('folds diacritics and LaTeX accents to ASCII and drops math and commands', () => {
    assert.equal(key('Über Łojasiewicz Inequalities'), 'uberLojasiewicz2022');
    assert.equal(key('G{\\"o}del Machines Revisited'), 'godelMachines2022');
    assert.equal(key('D$^2$ETR: Decoder-Only DETR'), 'detrDecoderOnly2022');
    assert.equal(key('$\\alpha$-Divergence \\textit{Variational} Inference'), 'divergenceVariational2022');
  });

  it('keeps an apostrophe word whole', () => {
    assert.equal(key("Don't Forget the Prior"), 'dontForget2022');
  });

  it('falls back to "paper" when the title has no usable word', () => {
    assert.equal(key('$\\mathcal{O}(n)$'), 'paper2022');
    assert.equal(key('中文标题'), 'paper2022');
    assert.equal(key(''), 'paper2022');
    assert.equal(key('Withdrawn'), 'withdrawn2022');
  });

  it('produces only key characters, starting with a letter, for hostile titles', () => {
    for (const title of ['}{%&#_~^\\ <script>alert(1)</script>', '2 + 2 = 4', '---', 'Ω-nets 🚀']) {
      assert.match(key(title), /^[A-Za-z][A-Za-z0-9_:-]*$/, title);
    }
  });

  it('renders every placeholder of a custom format', () => {
    assert.equal(key('Deep Residual Learning for Image Recognition', '{venue}{shortyear}:{title1}{title2}{title3}'), 'iclr22:deepResidualLearning');
    assert.equal(key('Deep Residual Learning', '{title1}_{venue}{year}'), 'deep_iclr2022');
    assert.equal(key('Deep Residual Learning', '{venue}{title1}'), 'iclrDeep');
  });

  it('leaves out a missing year and missing title words', () => {
    assert.equal(key('Transformers', undefined, 'none'), 'transformers');
    assert.equal(key('Transformers', '{title1}{title2}{title3}{shortyear}', 2009), 'transformers09');
  });

  it('starts a key with "paper" when a format begins with a word the title lacks', () => {
    assert.equal(key('Transformers', '{title2}{year}'), 'paper2022');
  });
});
