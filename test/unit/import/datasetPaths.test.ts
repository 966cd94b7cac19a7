import assert from 'node:assert/strict';
import { datasetPaths } from '../../../src/core/import/datasetPaths';

describe('datasetPaths (the paperLookup.datasets setting)', () => {
  it('keeps text entries, trimmed, without blanks or repeats, in order', () => {
    assert.deepEqual(datasetPaths([' /data/a.jsonl ', '', 42, null, '/data/b.csv', '/data/a.jsonl'], '/home/me'), ['/data/a.jsonl', '/data/b.csv']);
  });

  it('expands a leading ~ to the home folder, and only a leading one', () => {
    assert.deepEqual(datasetPaths(['~/papers/iclr.jsonl', '/x/~/y.csv', '~'], '/home/me'), ['/home/me/papers/iclr.jsonl', '/x/~/y.csv', '/home/me']);
  });

  it('reads anything but a list as no files', () => {
    assert.deepEqual(datasetPaths('/data/a.jsonl', '/home/me'), []);
    assert.deepEqual(datasetPaths(undefined, '/home/me'), []);
  });
});
