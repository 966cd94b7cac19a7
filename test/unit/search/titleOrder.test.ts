import assert from 'node:assert/strict';
import { titleOrder } from '../../../src/core/search/titleOrder';
import { fixturePaper } from './fixturePapers';

describe('titleOrder', () => {
  it('ranks titles alphabetically as people read them, equal titles by id', () => {
    const papers = [
      fixturePaper({ title: 'Zebra models', id: 'a' }),
      fixturePaper({ title: 'Banana learning', id: 'b' }),
      fixturePaper({ title: 'apple graphs', id: 'c' }),
      fixturePaper({ title: 'Étude of attention', id: 'd' }),
      fixturePaper({ title: 'Banana learning', id: 'a2' }),
    ];
    // Code-unit order would put 'Banana' before 'apple' and 'Étude' after 'Zebra'.
    assert.deepEqual([...titleOrder(papers)], [4, 2, 0, 3, 1]);
  });
});
