import assert from 'node:assert/strict';
import { GrowableArray } from '../../../src/core/search/growableArray';

describe('GrowableArray', () => {
  it('keeps values across its chunks (256 kB each) and reads 0 past the end', () => {
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

  it('keeps values across chunks of any power-of-two size', () => {
    const words = new GrowableArray(4, 16);
    const bytes = new GrowableArray(1, 16);
    for (let i = 0; i < 100; i++) [words, bytes].forEach((array) => array.push(i));
    assert.deepEqual([...words.array()], [...bytes.array()]);
    assert.deepEqual([words.get(3), words.get(4), bytes.get(15), bytes.get(16), bytes.get(99)], [3, 4, 15, 16, 99]);
    assert.throws(() => new GrowableArray(4, 24), /power of two/);
  });

  it('holds full 32-bit values, or only the low byte when made of bytes', () => {
    const words = new GrowableArray();
    const bytes = new GrowableArray(1);
    for (const array of [words, bytes]) [255, 256, 0xffff_ffff].forEach((value) => array.push(value));
    assert.deepEqual([...words.array()], [255, 256, 0xffff_ffff]);
    assert.deepEqual([...bytes.array()], [255, 0, 255]);
  });
});
