import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatProblem } from '../../../src/core/dataset/formatProblem';
import { parseDatasetBytes } from '../../../src/core/dataset/parseDatasetBytes';

const fixtures = path.join(__dirname, '../../fixtures/datasets');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseDatasetBytes', () => {
  it('decodes UTF-8 with a byte order mark', async () => {
    const result = await parseDatasetBytes(Buffer.concat([new Uint8Array([0xef, 0xbb, 0xbf]), utf8('{"title": "Café Naïve"}\n')]), 'd.jsonl');
    assert.deepEqual(result.papers.map((p) => p.title), ['Café Naïve']);
  });

  it('reports each line holding invalid UTF-8 and still loads every line', async () => {
    const bytes = Buffer.concat([utf8('{"title": "Good"}\n{"title": "Bad '), new Uint8Array([0xff, 0xfe]), utf8('"}\n{"title": "Also good"}\n')]);
    const result = await parseDatasetBytes(bytes, 'd.jsonl');
    assert.deepEqual(result.papers.map((p) => p.title), ['Good', 'Bad \uFFFD\uFFFD', 'Also good']);
    const problems = result.problems.map(formatProblem).filter((m) => m.includes('UTF-8'));
    assert.deepEqual(problems, ['d.jsonl:2: invalid UTF-8; the bad bytes were replaced with \uFFFD']);
  });

  it('decodes UTF-16 text that starts with a byte order mark', async () => {
    const text = 'title,decision\nSixteen,Reject\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const result = await parseDatasetBytes(bytes, 'd.csv');
    assert.deepEqual(result.papers.map((p) => p.title), ['Sixteen']);
  });

  describe('Parquet', () => {
    it('reads rows, keeps extra columns as text and reports a missing column once', async () => {
      const result = await parseDatasetBytes(readFileSync(path.join(fixtures, 'papers.parquet')), 'papers.parquet');
      assert.deepEqual(
        result.papers.map((p) => [p.title, p.venue, p.year, p.abstract, p.tier]),
        [
          ['Parquet Paper: $\\alpha$-Divergences & You', 'ICLR', 2023, 'We read {braces}, 100% & <tags>.', 'other'],
          ['Second Parquet Paper', 'ICLR', 2021, 'Another abstract.', 'other'],
        ],
      );
      assert.deepEqual(result.papers[0]?.authors, ['Ada Lovelace', 'Alan Turing']);
      assert.deepEqual(result.papers[0]?.extra, { openreview_number: '101' });
      assert.deepEqual(result.papers[1]?.extra, { openreview_number: '103' });
      assert.deepEqual(result.problems.map(formatProblem), [
        "papers.parquet: no row has a field named 'decision'; decisions show as 'Other'",
        'papers.parquet:2: missing title; row skipped',
      ]);
    });

    it('reads a gzip-compressed file', async () => {
      const result = await parseDatasetBytes(readFileSync(path.join(fixtures, 'papers-gzip.parquet')), 'papers-gzip.parquet');
      assert.deepEqual(result.papers.map((p) => [p.title, p.year, p.tier]), [['Gzipped Parquet Paper', 2022, 'spotlight']]);
      assert.deepEqual(result.problems, []);
    });

    it('recognises Parquet by its magic number whatever the file name', async () => {
      const result = await parseDatasetBytes(readFileSync(path.join(fixtures, 'papers-gzip.parquet')), 'download.bin');
      assert.equal(result.papers.length, 1);
    });

    it('reports a damaged file instead of throwing', async () => {
      const result = await parseDatasetBytes(utf8('PAR1 not really parquet'), 'd.parquet');
      assert.deepEqual(result.papers, []);
      const [problem] = result.problems;
      assert.ok(problem);
      assert.match(formatProblem(problem), /^d\.parquet: cannot read Parquet file \(.+\)$/);
    });
  });
});
