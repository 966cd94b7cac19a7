import assert from 'node:assert/strict';
import { datasetStats } from '../../../src/core/dataset/datasetStats';
import type { ImportReport } from '../../../src/core/import/importReport';
import { fileList, importedMessage, importSummary, problemLogLines, SHOWN_PROBLEMS, SHOWN_VENUES } from '../../../src/core/import/importSummary';
import { makePaper } from '../makePaper';

const report = (fields: Partial<ImportReport> = {}): ImportReport => ({ files: ['papers.jsonl'], problems: [], problemCount: 0, duplicates: 0, ...fields });

const papers = [
  makePaper({ id: 'a', title: 'A', decision: 'Accept (Oral)' }),
  makePaper({ id: 'b', title: 'B', decision: 'Accept (Poster)' }),
  makePaper({ id: 'c', title: 'C', decision: 'Accept (Poster)' }),
  makePaper({ id: 'd', title: 'D', decision: 'Reject', year: 2022 }),
];

describe('importSummary', () => {
  it('asks about the paper count and files, listing papers per venue newest first with their tiers', () => {
    const text = importSummary(report({ files: ['iclr2023.jsonl', 'iclr2022.csv'] }), datasetStats(papers));
    assert.equal(text.message, 'Replace the active dataset with 4 papers from iclr2023.jsonl and iclr2022.csv?');
    assert.equal(text.detail, 'ICLR 2023: 3 papers (1 Oral, 2 Poster)\nICLR 2022: 1 paper (1 Reject)');
  });

  it('counts merged duplicates and names the first problems with file and line, pointing to the log for the rest', () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({ file: 'papers.csv', line: i + 2, message: 'empty title; row skipped' }));
    const detail = importSummary(report({ problems, problemCount: 1005, duplicates: 2 }), datasetStats(papers)).detail.split('\n');
    assert.ok(detail.includes('2 duplicates merged.'));
    assert.ok(detail.includes('1,005 problems; those rows were skipped or read in part:'));
    assert.deepEqual(detail.filter((line) => line.startsWith('papers.csv:')), ['papers.csv:2: empty title; row skipped', 'papers.csv:3: empty title; row skipped', 'papers.csv:4: empty title; row skipped'].slice(0, SHOWN_PROBLEMS));
    assert.equal(detail[detail.length - 1], `…and ${1005 - SHOWN_PROBLEMS} more in the Paper Lookup output channel.`);
  });

  it('mentions neither duplicates nor problems when there are none', () => {
    const detail = importSummary(report(), datasetStats(papers)).detail;
    assert.doesNotMatch(detail, /duplicate|problem/);
  });

  it('lists at most SHOWN_VENUES venues and sums up the rest', () => {
    const many = Array.from({ length: SHOWN_VENUES + 3 }, (_, i) => makePaper({ id: `p${i}`, title: `P${i}`, year: 2000 + i }));
    const lines = importSummary(report(), datasetStats(many)).detail.split('\n');
    assert.equal(lines.length, SHOWN_VENUES + 1);
    assert.equal(lines[SHOWN_VENUES], '…and 3 more venues (3 papers)');
  });

  it('groups thousands the same way whatever the locale', () => {
    const big = Array.from({ length: 12_000 }, (_, i) => makePaper({ id: `p${i}`, title: `P${i}` }));
    assert.match(importSummary(report(), datasetStats(big)).message, /with 12,000 papers from papers\.jsonl\?$/);
  });
});

describe('importedMessage and problemLogLines', () => {
  it('says what is searched now, and how many rows had problems', () => {
    assert.equal(importedMessage(report(), 4), 'Paper Lookup now searches 4 papers from papers.jsonl.');
    assert.equal(importedMessage(report({ problemCount: 1 }), 1), 'Paper Lookup now searches 1 paper from papers.jsonl. 1 problem skipped or shortened rows.');
  });

  it('logs every problem as file:line under a line naming the import', () => {
    const problems = [
      { file: 'a.jsonl', line: 3, message: 'invalid JSON' },
      { file: 'b.parquet', line: 0, message: "no row has a field named 'decision'" },
    ];
    assert.deepEqual(problemLogLines(report({ files: ['a.jsonl', 'b.parquet'], problems, problemCount: 2 })), [
      'Importing a.jsonl and b.parquet: 2 problems.',
      'a.jsonl:3: invalid JSON',
      "b.parquet: no row has a field named 'decision'",
    ]);
    assert.deepEqual(problemLogLines(report()), []);
  });

  it('names up to three files and counts more', () => {
    assert.equal(fileList(['a.csv']), 'a.csv');
    assert.equal(fileList(['a.csv', 'b.csv', 'c.csv']), 'a.csv, b.csv and c.csv');
    assert.equal(fileList(['a', 'b', 'c', 'd']), '4 files');
  });
});
