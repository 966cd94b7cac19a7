import assert from 'node:assert/strict';
import { checkOncePerBlock } from '../../../src/core/search/checkOncePerBlock';

describe('checkOncePerBlock', () => {
  it('checks the block of 1,024 items holding each item reached, once, the last block cut at the count', () => {
    const ranges: [number, number][] = [];
    const reach = checkOncePerBlock(2500, (from, to) => void ranges.push([from, to]));
    for (const i of [5, 1023, 2499, 1024, 0, 2048]) reach(i);
    assert.deepEqual(ranges, [[0, 1024], [2048, 2500], [1024, 2048]]);
  });

  it('passes on what the check throws, and checks that block again next time', () => {
    let calls = 0;
    const reach = checkOncePerBlock(10, () => {
      calls++;
      throw new RangeError('damaged');
    });
    assert.throws(() => reach(3), RangeError);
    assert.throws(() => reach(3), RangeError);
    assert.equal(calls, 2);
  });
});
