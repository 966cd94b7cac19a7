import assert from 'node:assert/strict';
import { GrowableArray } from '../../../src/core/search/growableArray';

describe('GrowableArray', () => {
  it('keeps values across its chunks (2^16 values each) and reads 0 past the end', () => {
    const values = new GrowableArray();
    for (let i = 0; i < 200_000; i++) values.push(i * 7);
    assert.equal(values.length, 200_000);
    for (const at of [0, 65_535, 65_536, 131_071, 131_072, 199_999]) assert.equal(values.get(at), at * 7);
    assert.equal(values.get(200_000), 0);
    assert.deepEqual([...values.array().subarray(65_534, 65_538)], [65_534 * 7, 65_535 * 7, 65_536 * 7, 65_537 * 7]);
  });

  it('sets and adds at any place, growing to it', () => {
    const values = new GrowableArray();
    values.set(70_000, 5);
    assert.equal(values.length, 70_001);
    assert.equal(values.get(69_999), 0);
    assert.equal(values.add(70_000, 3), 8);
    assert.equal(values.add(3, 2), 2);
    assert.equal(values.length, 70_001);
  });

  it('holds full 32-bit values, or only the low byte when made of bytes', () => {
    const words = new GrowableArray();
    const bytes = new GrowableArray(1);
    for (const array of [words, bytes]) [255, 256, 0xffff_ffff].forEach((value) => array.push(value));
    assert.deepEqual([...words.array()], [255, 256, 0xffff_ffff]);
    assert.deepEqual([...bytes.array()], [255, 0, 255]);
  });
});
