import assert from 'node:assert/strict';
import { FIELD_COUNT } from '../../../src/core/search/postingIndex';
import { PostingWriter } from '../../../src/core/search/postingWriter';
import { SortedLines } from '../../../src/core/search/sortedLines';

describe('PostingWriter', () => {
  it('writes postings term by term that the index reads back: documents, field masks and weights', () => {
    const writer = new PostingWriter(3);
    // Term 0: doc 0 in the title and abstract, doc 5 in the keywords; term 1: no entries; term 2: doc 2 in the authors.
    writer.add(Uint32Array.of(0, 1, 5 * FIELD_COUNT + 3), Uint32Array.of(1500, 2, 300_000), 0, 3);
    writer.add(new Uint32Array(0), new Uint32Array(0), 0, 0);
    // Only the given range of the arrays is this term's.
    writer.add(Uint32Array.of(99, 2 * FIELD_COUNT + 2, 99), Uint32Array.of(9, 42, 9), 1, 2);
    const index = writer.finish(SortedLines.of(['a', 'b', 'c']), 6);
    const posting = (term: number): unknown => {
      const { docs, masks, weights } = index.posting(term);
      return { docs: [...docs], masks: [...masks], weights: [...weights] };
    };
    assert.deepEqual(posting(0), { docs: [0, 5], masks: [0b0011, 0b1000], weights: [1500, 2, 300_000] });
    assert.deepEqual(posting(1), { docs: [], masks: [], weights: [] });
    assert.deepEqual(posting(2), { docs: [2], masks: [0b0100], weights: [42] });
    assert.deepEqual([...index.termFields], [0b1011, 0, 0b0100]);
    assert.deepEqual([index.documentFrequency(0), index.documentFrequency(1), index.documentFrequency(2)], [2, 0, 1]);
  });

  it('joins postings that fill many chunks into one byte array, a varint never split between two', () => {
    const docs = 3_000;
    const terms = 4;
    // Chunks of 10 bytes: a 3-byte weight often does not fit in what is left of one.
    const writer = new PostingWriter(terms, 10);
    const docFields = Uint32Array.from({ length: docs }, (_, doc) => doc * FIELD_COUNT + 1);
    for (let term = 0; term < terms; term++) writer.add(docFields, Uint32Array.from({ length: docs }, (_, doc) => 20_000 + doc + term), 0, docs);
    const index = writer.finish(SortedLines.of(['a', 'b', 'c', 'd']), docs);
    assert.ok(index.bytes.length > 4 * docs * 3);
    for (let term = 0; term < terms; term++) {
      const { docs: found, weights } = index.posting(term);
      assert.equal(found.length, docs);
      assert.deepEqual([found[0], found[docs - 1], weights[0], weights[docs - 1]], [0, docs - 1, 20_000 + term, 20_000 + docs - 1 + term]);
    }
  });

  it('refuses more postings than terms, and too few, and chunks too small for a varint', () => {
    assert.throws(() => new PostingWriter(1, 4), /posting chunks too small/);
    const writer = new PostingWriter(1);
    assert.throws(() => writer.finish(SortedLines.of(['a']), 1), /postings do not fit the terms/);
    writer.add(Uint32Array.of(0), Uint32Array.of(1), 0, 1);
    assert.throws(() => writer.add(Uint32Array.of(0), Uint32Array.of(1), 0, 1), /more postings than terms/);
  });
});
