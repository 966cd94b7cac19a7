import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { parseQuery } from '../../../src/core/search/parseQuery';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { makePaper } from '../makePaper';
import { FIXTURE_PAPERS } from './fixturePapers';

// Hostile text in the data too: the index must cope with whatever the dataset holds.
const index = buildSearchIndex([
  ...FIXTURE_PAPERS,
  makePaper({ title: 'A* search: O(n*log n) \\frac{1}{2} & <b>100%</b>', abstract: 'title:foo ~2 ^3 +x -y "z" naïve café Über 東京', year: 2022 }),
  makePaper({ title: 'D$^2$ETR: $\\ell_1$ and $A^*$ for $k$-means', authors: ['Bernhard Schölkopf', 'Bo An', 'constructor'], keywords: ['__proto__', 'few-shot'] }),
]);

const ADVERSARIAL = [
  ':', '^', '~', '*', '+', '-', '"', 'title:', 'abstract:', 'year:', 'decision:', 'venue:', 'foo:', 'title:*', 'ti*tle', '*diff*',
  'diff~2', 'diff^10', 'tranformer~1', '+-', '-+', '--', '++', '"""', '" "', 'year:abc', 'year:1..', 'year:..', 'year:>=', 'year:99999',
  'year:2021..abc', 'decision:???', 'decision:,', ':year', 'a:b:c', '\\', '\u0000', '\uffff', '\ud800', '🙂', '東京', 'the', 'of and the',
  '!!!', '...', '((', '))', '[', ']', '{', '}', '$x^2$', '%', '&', '<script>', 'constructor', '__proto__', 'hasOwnProperty', 'toString',
  'author:', 'keyword:', 'author:__proto__', 'decision:constructor', '-decision:toString', '-year:2020', '-venue:', 'author:an', '$A^*$', 'a*',
  'D$^2$ETR', '$\\ell_1$', 'ｇｒａｐｈ', 'графовые', 'when why', 'few-shot', 'über',
];

const queryText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...ADVERSARIAL, 'graph', 'diffusion', 'networks', 'transformer', ' ', '  '), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...ADVERSARIAL, 'graph', 'diffus'), { maxLength: 8 }).map((parts) => parts.join('')),
);

function assertWellFormed(input: string): void {
  const result = searchPapers(index, input, { limit: 5 });
  assert.ok(result.hits.length <= 5 && result.hits.length <= result.total);
  assert.ok(result.total <= index.papers.length);
  for (const hit of result.hits) {
    assert.ok(index.paperById.has(hit.paper.id));
    assert.ok(Number.isFinite(hit.score));
    assert.ok(hit.matchedTerms.every((term) => typeof term === 'string'));
  }
  assert.ok(result.hint === undefined || (typeof result.hint === 'string' && result.hint.length > 0));
}

describe('search never throws', () => {
  it('parses and searches thousands of random and adversarial strings', () => {
    fc.assert(
      fc.property(queryText, (input) => {
        parseQuery(input);
        assertWellFormed(input);
      }),
      { numRuns: 3000, seed: 20240601 },
    );
  });

  it('handles every adversarial token alone and with a trailing space', () => {
    for (const token of ADVERSARIAL) {
      assertWellFormed(token);
      assertWellFormed(`${token} `);
      assertWellFormed(`graph ${token}`);
    }
  });

  it('handles very long input', () => {
    assertWellFormed('graph '.repeat(5000));
    assertWellFormed('x'.repeat(100_000));
    assertWellFormed('-'.repeat(10_000));
    assertWellFormed('"'.repeat(9_999));
    assertWellFormed('title:'.repeat(2_000));
  });
});
