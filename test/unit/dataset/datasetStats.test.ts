import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { datasetStats } from '../../../src/core/dataset/datasetStats';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { makePaper } from '../makePaper';

describe('datasetStats', () => {
  it('counts per venue-year, newest first, with tiers best first', () => {
    const stats = datasetStats([
      makePaper({ id: 'a', title: 'a', venue: 'ICLR', year: 2019, tier: 'reject' }),
      makePaper({ id: 'b', title: 'b', venue: 'ICLR', year: 2023, tier: 'reject' }),
      makePaper({ id: 'c', title: 'c', venue: 'ICLR', year: 2023, tier: 'oral' }),
      makePaper({ id: 'd', title: 'd', venue: 'Unknown', year: undefined, tier: 'other' }),
      makePaper({ id: 'e', title: 'e', venue: 'ICLR', year: 2023, tier: 'reject' }),
      makePaper({ id: 'f', title: 'f', venue: 'CoLLAs', year: 2023, tier: 'poster' }),
    ]);
    assert.equal(stats.total, 6);
    assert.deepEqual(
      stats.byVenue.map((v) => [v.label, v.count, v.byTier.map((t) => `${t.label}:${t.count}`)]),
      [
        ['CoLLAs 2023', 1, ['Poster:1']],
        ['ICLR 2023', 3, ['Oral:1', 'Reject:2']],
        ['ICLR 2019', 1, ['Reject:1']],
        ['Unknown', 1, ['Other:1']],
      ],
    );
    assert.deepEqual(stats.byTier.map((t) => [t.tier, t.count]), [['oral', 1], ['poster', 1], ['reject', 3], ['other', 1]]);
  });

  it('is empty for no papers', () => {
    assert.deepEqual(datasetStats([]), { total: 0, byVenue: [], byTier: [] });
  });
});

describe('the bundled ICLR sample', () => {
  const file = path.join(__dirname, '../../../data/iclr-sample.jsonl');
  const text = readFileSync(file, 'utf8');
  const result = parseDataset(text, 'iclr-sample.jsonl');

  it('loads 100 papers with no problems and no duplicates', () => {
    assert.equal(result.papers.length, 100);
    assert.deepEqual(result.problems, []);
    assert.equal(result.duplicates, 0);
    assert.equal(new Set(result.papers.map((p) => p.id)).size, 100);
  });

  it('counts each venue-year as the raw lines do', () => {
    const expected = new Map<string, number>();
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      const year = /\/(\d{4})\//.exec((JSON.parse(line) as { conference: string }).conference)?.[1];
      expected.set(`ICLR ${year}`, (expected.get(`ICLR ${year}`) ?? 0) + 1);
    }
    const stats = datasetStats(result.papers);
    assert.deepEqual(new Map(stats.byVenue.map((v) => [v.label, v.count])), expected);
    assert.deepEqual(stats.byVenue.map((v) => v.year), [...stats.byVenue.map((v) => v.year)].sort().reverse());
  });

  it('puts no sample paper in the other tier', () => {
    assert.equal(result.papers.filter((p) => p.tier === 'other').length, 0);
  });
});
