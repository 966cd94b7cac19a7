import assert from 'node:assert/strict';
import { titleOrder } from '../../../src/core/search/titleOrder';
import { makePaper } from '../makePaper';

describe('titleOrder', () => {
  it('ranks titles alphabetically as people read them, equal titles by id', () => {
    const papers = [
      makePaper({ title: 'Zebra models', id: 'a' }),
      makePaper({ title: 'Banana learning', id: 'b' }),
      makePaper({ title: 'apple graphs', id: 'c' }),
      makePaper({ title: 'Étude of attention', id: 'd' }),
      makePaper({ title: 'Banana learning', id: 'a2' }),
    ];
    // Code-unit order would put 'Banana' before 'apple' and 'Étude' after 'Zebra'.
    assert.deepEqual([...titleOrder(papers)], [4, 2, 0, 3, 1]);
  });
});
