import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { parseQuery } from '../../../src/core/search/parseQuery';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { makePaper } from '../makePaper';
import { FIXTURE_PAPERS } from './fixturePapers';

const index = buildSearchIndex([...FIXTURE_PAPERS, makePaper({ title: 'Graph Networks at NeurIPS', venue: 'NeurIPS', year: 2022 })]);
const titles = (query: string): string[] => searchPapers(index, query).hits.map((hit) => hit.paper.title);

describe('hostile queries', () => {
  it('answers names of Object.prototype members as unknown values, with a hint', () => {
    for (const value of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const result = searchPapers(index, `decision:${value}`);
      assert.equal(result.total, 0, value);
      assert.match(result.hint ?? '', new RegExp(`Ignored decision:${value}`, 'i'), value);
      assert.match(searchPapers(index, `graph venue:${value}`).hint ?? '', /No paper is from venue:/, value);
      assert.doesNotThrow(() => searchPapers(index, `${value}:${value} author:${value} -decision:${value}`));
    }
  });

  it('excludes with negated filters instead of selecting', () => {
    const graph = titles('graph');
    assert.ok(graph.includes('Deep Residual Learning Revisited') === false);
    assert.deepEqual(titles('networks -decision:reject').includes('Deep Residual Learning Revisited'), false);
    assert.ok(titles('networks').includes('Deep Residual Learning Revisited'));
    assert.ok(titles('graph -year:2018').every((title) => title !== 'Graph Attention Networks'));
    assert.ok(titles('graph -year:2018').includes('How Powerful are Graph Neural Networks?'));
    assert.deepEqual(titles('graph -venue:iclr'), ['Graph Networks at NeurIPS']);
    assert.ok(!titles('graph -venue:neurips').includes('Graph Networks at NeurIPS'));
    assert.ok(!titles('-decision:accepted').some((title) => title === 'Graph Attention Networks'));
    assert.deepEqual(parseQuery('-year:2020 -decision:oral -venue:ICLR').excludedTiers, ['oral']);
  });

  it('cuts very long input and says so in a short hint', () => {
    const cases = [
      'x'.repeat(1 << 20),
      'graph '.repeat((1 << 20) / 6),
      `graph venue:${Array.from({ length: 20_000 }, (_, i) => `venue${i}`).join(',')}`,
      `graph ${Array.from({ length: 10_000 }, (_, i) => `-word${i}`).join(' ')}`,
      `graph ${'year:2020 '.repeat(5000)}`,
    ];
    for (const query of cases) {
      const result = searchPapers(index, query);
      assert.ok(result.hint !== undefined && result.hint.length <= 400, `${query.slice(0, 30)}: ${result.hint?.length}`);
      assert.ok(result.total <= index.papers.length);
    }
    assert.match(searchPapers(index, 'graph '.repeat((1 << 20) / 6)).hint ?? '', /first 1000 characters/);
    assert.equal(titles(`graph ${'-zzz '.repeat(5000)}`)[0], 'Graph Attention Networks');
  });
});
