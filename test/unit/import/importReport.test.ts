import assert from 'node:assert/strict';
import { isActiveDataset } from '../../../src/core/import/activeDataset';
import { isImportReport } from '../../../src/core/import/importReport';
import { isImportWorkerMessage } from '../../../src/core/import/importWorkerProtocol';

describe('guards for what import state reads back', () => {
  it('accepts a cached import report and refuses a damaged one', () => {
    const report = { files: ['a.csv'], problems: [{ file: 'a.csv', line: 2, message: 'empty title' }], problemCount: 1, duplicates: 0 };
    assert.equal(isImportReport(report), true);
    assert.equal(isImportReport({ ...report, problems: [{ file: 'a.csv', line: '2', message: 'x' }] }), false);
    assert.equal(isImportReport({ ...report, duplicates: undefined }), false);
    assert.equal(isImportReport(null), false);
  });

  it('accepts a remembered dataset only with sources and a hex cache key', () => {
    const dataset = { sources: ['file:///data/a.jsonl'], key: 'ab12', formatVersion: 1, extensionVersion: '0.1.0' };
    assert.equal(isActiveDataset(dataset), true);
    assert.equal(isActiveDataset({ ...dataset, sources: [] }), false);
    assert.equal(isActiveDataset({ ...dataset, key: '../../etc' }), false);
    assert.equal(isActiveDataset('bundled'), false);
  });

  it('accepts the worker messages and nothing else', () => {
    assert.equal(isImportWorkerMessage({ type: 'indexing', papers: 3 }), true);
    assert.equal(isImportWorkerMessage({ type: 'failed', message: 'a.csv: no usable papers' }), true);
    assert.equal(isImportWorkerMessage({ type: 'indexing' }), false);
    assert.equal(isImportWorkerMessage({ type: 'other' }), false);
  });
});
