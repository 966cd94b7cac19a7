import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { datasetStats } from '../../../src/core/dataset/datasetStats';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { row, runCli, SAMPLE_FILE } from './fakeCliIo';

describe('paper-lookup stats', () => {
  const expected = datasetStats(parseDataset(readFileSync(SAMPLE_FILE, 'utf8'), SAMPLE_FILE).papers);

  it('prints with --json exactly the counts of datasetStats on the bundled data', async () => {
    const run = await runCli(['stats', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(JSON.stringify(expected)));
    assert.equal(expected.total, 100);
  });

  it('prints a table with a row per venue-year, a column per tier and a total row', async () => {
    const run = await runCli(['stats']);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual(lines[0]?.split(/\s{2,}/), ['Venue', 'Papers', ...expected.byTier.map((tier) => tier.label)]);
    assert.deepEqual(
      lines.slice(1, -1).map((line) => line.split(/\s{2,}/).slice(0, 2)),
      expected.byVenue.map((venue) => [venue.label, String(venue.count)]),
    );
    assert.deepEqual(lines[lines.length - 1]?.split(/\s+/), ['Total', '100', ...expected.byTier.map((tier) => String(tier.count))]);
  });

  it('counts another dataset with --dataset', async () => {
    const file = 'two.jsonl';
    const text = [row('A', 'x', 'ICLR.cc/2020/Conference', 'Reject'), row('B', 'y', 'ICLR.cc/2020/Conference', 'Accept (Talk)')].join('\n');
    const run = await runCli(['stats', '--json', '--dataset', file], { files: { [file]: text } });
    const stats = JSON.parse(run.stdout) as typeof expected;
    assert.equal(stats.total, 2);
    assert.deepEqual(
      stats.byTier.map((tier) => [tier.tier, tier.count]),
      [
        ['oral', 1],
        ['reject', 1],
      ],
    );
  });
});
