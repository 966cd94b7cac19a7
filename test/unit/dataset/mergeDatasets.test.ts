import assert from 'node:assert/strict';
import { mergeDatasets } from '../../../src/core/dataset/mergeDatasets';
import { parseDataset } from '../../../src/core/dataset/parseDataset';

const line = (title: string, year: number): string =>
  JSON.stringify({ conference: `ICLR.cc/${year}/Conference`, title, abstract: `About ${title}.`, decision: 'Reject' });

describe('mergeDatasets', () => {
  it('keeps each paper once across files, counting duplicates within and across files', () => {
    const a = parseDataset([line('Alpha', 2020), line('Beta', 2020), line('Beta', 2020)].join('\n'), 'a.jsonl');
    const b = parseDataset([line('Beta', 2020), line('Gamma', 2021), '{broken'].join('\n'), 'b.jsonl');
    const merged = mergeDatasets([a, b]);
    assert.deepEqual(
      merged.papers.map((paper) => paper.title),
      ['Alpha', 'Beta', 'Gamma'],
    );
    assert.equal(merged.duplicates, 2);
    assert.deepEqual(
      merged.problems.map((problem) => `${problem.file}:${problem.line}`),
      ['b.jsonl:3'],
    );
  });

  it('keeps the same title in another year as another paper', () => {
    const merged = mergeDatasets([parseDataset(line('Alpha', 2020), 'a.jsonl'), parseDataset(line('Alpha', 2021), 'b.jsonl')]);
    assert.equal(merged.papers.length, 2);
    assert.equal(merged.duplicates, 0);
  });
});
