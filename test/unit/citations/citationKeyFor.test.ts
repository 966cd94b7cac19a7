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

/** The key of a 2023 paper by these authors. */
function authorKey(authors: string[], template?: string, title = 'ESD: Expected Squared Difference'): string {
  return citationKeyFor(makePaper({ title, authors, year: 2023 }), template === undefined ? DEFAULT_KEY_FORMAT : format(template));
}

describe('citationKeyFor, by default', () => {
  it('gives OpenReview\'s own keys: first author\'s last name, year, first title word', () => {
    const esd = makePaper({ title: 'ESD: Expected Squared Difference as a Tuning-Free Trainable Calibration Measure', year: 2023, authors: ['Hee Suk Yoon', 'Joshua Tian Jin Tee'] });
    assert.equal(citationKeyFor(esd, DEFAULT_KEY_FORMAT), 'yoon2023esd');
    const garg = makePaper({ title: 'Leveraging unlabeled data to predict out-of-distribution performance', year: 2022, authors: ['Saurabh Garg', 'Sivaraman Balakrishnan'] });
    assert.equal(citationKeyFor(garg, DEFAULT_KEY_FORMAT), 'garg2022leveraging');
  });

  it('keeps a leading stop word and joins a hyphenated first word, as OpenReview does', () => {
    assert.equal(authorKey(['Sashank J. Reddi'], undefined, 'On the Convergence of Adam and Beyond'), 'reddi2023on');
    assert.equal(authorKey(['A. Author'], undefined, 'Self-Supervised Learning of Pretext-Invariant Representations'), 'author2023selfsupervised');
    assert.equal(authorKey(['A. Author'], undefined, 'Über Łojasiewicz'), 'author2023uber');
    assert.equal(authorKey(['A. Author'], undefined, '$\\alpha$-VAE: Divergences'), 'author2023vae');
    assert.equal(authorKey(['A. Author'], undefined, '1000 Layers'), 'author2023');
  });

  it('takes the last word of a name as its family name, particles left out, as OpenReview and BibTeX do', () => {
    assert.equal(authorKey(['Fernando de la Torre']), 'torre2023esd');
    assert.equal(authorKey(['Laurens van der Maaten']), 'maaten2023esd');
    assert.equal(authorKey(['Guy Van den Broeck']), 'broeck2023esd');
    assert.equal(authorKey(['Nicolas Le Roux']), 'roux2023esd');
  });

  it('folds letters outside ASCII and drops what is not a letter', () => {
    assert.equal(authorKey(['Bernhard Schölkopf']), 'scholkopf2023esd');
    assert.equal(authorKey(['Piotr Miłoś']), 'milos2023esd');
    assert.equal(authorKey(['Jan Łukasz']), 'lukasz2023esd');
    assert.equal(authorKey(['Cara O\'Brien']), 'obrien2023esd');
    assert.equal(authorKey(['Adam Prügel-Bennett']), 'prugelbennett2023esd');
    assert.equal(authorKey(['Benedikt B\\"{u}nz']), 'bunz2023esd');
    assert.equal(authorKey(['Yasin Yaz{\\i}c{\\i}']), 'yazici2023esd');
  });

  it('reads "Last, First" as BibTeX does, and the first of two names joined by "and"', () => {
    assert.equal(authorKey(['de la Torre, Fernando']), 'torre2023esd');
    assert.equal(authorKey(['Smith, J.', 'Doe, J.']), 'smith2023esd');
    assert.equal(authorKey(['Samuel L. Smith and Quoc V. Le']), 'smith2023esd');
  });

  it('skips a generational suffix and a trailing mark that is no name', () => {
    assert.equal(authorKey(['Hal Daumé III']), 'daume2023esd');
    assert.equal(authorKey(['Manuel Mazo Jr']), 'mazo2023esd');
    assert.equal(authorKey(['Wieland Brendel *']), 'brendel2023esd');
  });

  it('keys a paper whose first author has no Latin letter, or no author, by its title words', () => {
    assert.equal(authorKey(['雪枫 刘', 'Ada Lovelace']), 'esdExpected2023');
    assert.equal(authorKey([]), 'esdExpected2023');
    assert.equal(authorKey(['', '  ']), 'esdExpected2023');
  });
});

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

  it('renders the author placeholders: {auth} lower case, {Auth} capitalised, {authors2} the first two in camel case', () => {
    assert.equal(authorKey(['Ada Smith', 'Bo Jones', 'Cy Lee'], '{authors2}{year}'), 'smithJones2023');
    assert.equal(authorKey(['Ada Smith'], '{authors2}{year}'), 'smith2023');
    assert.equal(authorKey(['Ada Smith', 'Bo Jones'], '{Auth}{title1}'), 'SmithEsd');
    assert.equal(authorKey(['Ada Smith', 'Bo Jones'], '{title1}_{authors2}'), 'esd_smithJones');
    assert.equal(authorKey(['Cara O\'Brien', 'Ronald McDonald'], '{Auth}{year}'), 'OBrien2023');
    assert.equal(authorKey(['Cara O\'Brien', 'Ronald McDonald'], '{venue}{auth}{authors2}'), 'iclrobrienObrienMcdonald');
  });

  it('lowers a title word that follows the year, so {auth}{year}{title1} reads like OpenReview\'s keys', () => {
    assert.equal(authorKey(['Ada Smith'], '{auth}{year}{title1}', 'On the Expected Squared Difference'), 'smith2023expected');
    assert.equal(key('Deep Residual Learning', '{venue}{shortyear}{title1}'), 'iclr22deep');
  });

  it('never leaves a separator at the end or doubled where a placeholder is empty (Pandoc would cut the key there)', () => {
    assert.equal(key('Graph Nets', '{title1}-{year}', 'none'), 'graph');
    assert.equal(key('Graph Nets', '{venue}:{year}:{title1}', 'none'), 'iclr:graph');
    assert.equal(key('Graph', '{title1}-{title2}-{year}'), 'graph-2022');
    assert.equal(key('Graph', '{title1}--{year}-'), 'graph-2022');
    assert.equal(key('Graph', '{title2}-{year}'), 'paper2022');
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
