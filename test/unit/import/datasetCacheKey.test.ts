import assert from 'node:assert/strict';
import { datasetCacheKey } from '../../../src/core/import/datasetCacheKey';

const a = { name: 'iclr2023.jsonl', sha256: 'a'.repeat(64) };
const b = { name: 'iclr2024.csv', sha256: 'b'.repeat(64) };

describe('datasetCacheKey', () => {
  it('gives the same key for the same files in any order', () => {
    assert.equal(datasetCacheKey([a, b], 1, '0.1.0'), datasetCacheKey([b, a], 1, '0.1.0'));
  });

  it('changes when a file changes, is renamed, added or dropped', () => {
    const base = datasetCacheKey([a, b], 1, '0.1.0');
    const others = [
      datasetCacheKey([a, { ...b, sha256: 'c'.repeat(64) }], 1, '0.1.0'),
      datasetCacheKey([a, { ...b, name: 'iclr2024-v2.csv' }], 1, '0.1.0'),
      datasetCacheKey([a], 1, '0.1.0'),
      datasetCacheKey([a, b, { name: 'extra.json', sha256: 'd'.repeat(64) }], 1, '0.1.0'),
    ];
    for (const other of others) assert.notEqual(other, base);
    assert.equal(new Set(others).size, others.length);
  });

  it('changes with the index format version and the extension version', () => {
    const base = datasetCacheKey([a], 1, '0.1.0');
    assert.notEqual(datasetCacheKey([a], 2, '0.1.0'), base);
    assert.notEqual(datasetCacheKey([a], 1, '0.1.1'), base);
  });

  it('does not confuse a name with a hash when they swap roles', () => {
    const swapped = { name: a.sha256, sha256: a.name };
    assert.notEqual(datasetCacheKey([swapped], 1, '0.1.0'), datasetCacheKey([a], 1, '0.1.0'));
  });

  it('is a lowercase hex folder name', () => {
    assert.match(datasetCacheKey([a, b], 1, '0.1.0'), /^[0-9a-f]{32}$/);
  });
});
