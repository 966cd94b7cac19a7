import assert from 'node:assert/strict';
import { textPieces, textTokens } from '../../../src/core/search/analyzeText';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { makePaper } from '../makePaper';

const index = buildSearchIndex([
  makePaper({ title: 'D$^2$ETR: Decoder-Only DETR with Computationally Efficient Cross-Scale Attention' }),
  makePaper({ title: 'Deep Transformers for Detection' }),
  makePaper({ title: 'Sparsity by $\\ell_1$ Regularization' }),
  makePaper({ title: 'Learning-Augmented $k$-means Clustering' }),
  makePaper({ title: '$A^*$ Sampling with Probability Matching' }),
  makePaper({ title: 'Few-Shot Learning with Prototypes' }),
  makePaper({ title: 'Über die Graphen: Café Networks' }),
  makePaper({ title: 'Graph Networks' }),
  makePaper({ title: 'Back-Translated Distillation', abstract: "On WMT'14 English-French it beats \\textit{XLM}; the \\emph{interventional} view." }),
  // Ids of their own: the fixture id is made of the title's ASCII letters.
  makePaper({ title: '图神经网络的表达能力', id: 'zh' }),
  makePaper({ title: 'Графовые нейронные сети', id: 'ru' }),
  makePaper({ title: 'רשתות נוירונים גרפיות', id: 'he' }),
  makePaper({ title: 'الشبكات العصبية البيانية', id: 'ar' }),
]);
const first = (query: string): string | undefined => searchPapers(index, query).hits[0]?.paper.title;

describe('words as people type them', () => {
  it('reads LaTeX in titles as plain text, joined and in pieces', () => {
    const d2etr = 'D$^2$ETR: Decoder-Only DETR with Computationally Efficient Cross-Scale Attention';
    assert.equal(first('d2etr'), d2etr);
    assert.equal(first('D 2 ETR'), d2etr);
    assert.equal(first('D$^2$ETR'), d2etr);
    assert.equal(first('l1 regularization'), 'Sparsity by $\\ell_1$ Regularization');
    assert.equal(first('ell1'), 'Sparsity by $\\ell_1$ Regularization');
    assert.equal(first('a* sampling'), '$A^*$ Sampling with Probability Matching');
    assert.equal(first('a*'), '$A^*$ Sampling with Probability Matching');
  });

  it('matches hyphenated words joined, split and hyphenated', () => {
    for (const query of ['few-shot', 'fewshot', 'few shot']) assert.equal(first(query), 'Few-Shot Learning with Prototypes', query);
    for (const query of ['k-means', 'kmeans', 'k means']) assert.equal(first(query), 'Learning-Augmented $k$-means Clustering', query);
  });

  it('folds accents and full-width forms on both sides, keeping letters at word edges', () => {
    assert.equal(first('uber'), 'Über die Graphen: Café Networks');
    assert.equal(first('cafe'), 'Über die Graphen: Café Networks');
    assert.equal(first('café'), 'Über die Graphen: Café Networks');
    assert.equal(first('ｇｒａｐｈ ｎｅｔｗｏｒｋｓ'), 'Graph Networks');
  });

  it('finds exact titles in Chinese, Russian, Hebrew and Arabic', () => {
    for (const title of ['图神经网络的表达能力', 'Графовые нейронные сети', 'רשתות נוירונים גרפיות', 'الشبكات العصبية البيانية']) {
      const result = searchPapers(index, title);
      assert.equal(result.hits[0]?.paper.title, title);
      assert.equal(result.hint, undefined);
    }
    assert.equal(first('графовые'), 'Графовые нейронные сети');
  });

  it('finds a benchmark named with its year and words set in italics, never the styling command', () => {
    for (const query of ['wmt', "wmt'14", 'wmt 14', 'xlm', 'interventional']) assert.equal(first(query), 'Back-Translated Distillation', query);
    for (const query of ['emph', 'textit', 'textitxlm']) assert.equal(searchPapers(index, query).hits.length, 0, query);
  });

  it('splits text into the pieces and joined forms the index holds', () => {
    const tokens = (text: string): string[] => textTokens(text, true).map((token) => (token.span > 1 ? `${token.word}/${token.span}` : token.word));
    assert.deepEqual(tokens('D$^2$ETR: Decoder-Only'), ['d2etr/3', 'd', '2', 'etr', 'decoderonly/2', 'decoder', 'only']);
    assert.deepEqual(tokens("Bengio's don't"), ['bengio', 'dont']);
    assert.deepEqual(tokens("WMT'14 ICLR’18"), ['wmt14/2', 'wmt', '14', 'iclr18/2', 'iclr', '18']);
    assert.deepEqual(tokens('\\emph{Interventional} {\\em view} \\LaTeX{}'), ['interventional', 'view', 'latex']);
    assert.deepEqual(textPieces('Schölkopf Łukasz Hervé ｇｒａｐｈ'), ['scholkopf', 'lukasz', 'herve', 'graph']);
  });
});
