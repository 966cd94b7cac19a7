import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { formatProblem } from '../../../src/core/dataset/formatProblem';
import type { ParsedDataset } from '../../../src/core/dataset/parsedDataset';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { parseDatasetStream } from '../../../src/core/dataset/parseDatasetStream';
import { MAX_LINE_BYTES } from '../../../src/core/dataset/textLines';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes as a file read in chunks of `size`, so lines, quotes and characters are cut across chunks. */
// eslint-disable-next-line @typescript-eslint/require-await -- an AsyncIterable of bytes already in memory, shaped like a file stream
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

const summary = (dataset: ParsedDataset): unknown => ({
  papers: dataset.papers.map((paper) => [paper.title, paper.abstract, paper.decision, paper.authors]),
  problems: dataset.problems.map(formatProblem),
});

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i * 2 + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[i * 2 + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

const JSONL = [
  '{"conference": "ICLR.cc/2023/Conference", "title": "Über Naïve Bayes 🙂", "abstract": "First.", "decision": "Reject", "authors": ["Bernhard Schölkopf"]}',
  '',
  '{"title": "Broken',
  '{"conference": "ICLR.cc/2022/Conference", "title": "Second", "abstract": "Two\\nlines", "decision": "Accept (Poster)"}',
].join('\r\n');
const CSV = 'conference,title,abstract,decision,authors\r\nICLR.cc/2023/Conference,"Quoted, with\r\nnewline","x ""y""",Reject,"Ada Lovelace; Alan Turing"\r\nICLR.cc/2021/Conference,Plain,abs,Accept (Oral),\r\n';

describe('parseDatasetStream (a dataset read in chunks)', () => {
  for (const [name, text] of [['d.jsonl', JSONL], ['d.csv', CSV]] as const) {
    it(`reads ${name} in chunks of 1, 7 and 4096 bytes exactly as the whole text`, async () => {
      const whole = summary(parseDataset(text, name));
      for (const size of [1, 7, 4096]) assert.deepEqual(summary(await parseDatasetStream(chunks(encode(text), size), name)), whole, `chunks of ${size}`);
    });
  }

  it('reads a semicolon-separated CSV and a TSV, as spreadsheets in many locales export them', async () => {
    for (const [name, separator] of [['d.csv', ';'], ['d.tsv', '\t'], ['d.csv', '\t']] as const) {
      const text = ['conference', 'title', 'abstract', 'decision'].join(separator) + '\n' + ['ICLR.cc/2023/Conference', 'Semi, colon', 'An abstract, with commas.', 'Reject'].join(separator) + '\n';
      const result = await parseDatasetStream(chunks(encode(text), 5), name);
      assert.deepEqual(summary(result), { papers: [['Semi, colon', 'An abstract, with commas.', 'Reject', []]], problems: [] }, `${name} separated by ${JSON.stringify(separator)}`);
    }
  });

  it('reads UTF-16 without a byte order mark, little- and big-endian', async () => {
    const text = 'title,decision\nSixteen Bits Ünïcode,Reject\n';
    for (const order of ['le', 'be'] as const) {
      const result = await parseDatasetStream(chunks(utf16(text, order), 3), 'd.csv');
      assert.deepEqual(result.papers.map((paper) => paper.title), ['Sixteen Bits Ünïcode'], order);
    }
  });

  it('unpacks gzip on the way, and names a corrupt one instead of failing', async () => {
    const packed = gzipSync(encode(JSONL));
    assert.deepEqual(summary(await parseDatasetStream(chunks(packed, 100), 'd.jsonl.gz')), summary(parseDataset(JSONL, 'd.jsonl.gz')));
    const broken = packed.slice(0, 40);
    broken[30]! ^= 0xff; // 40 bytes long
    const result = await parseDatasetStream(chunks(broken, 100), 'd.jsonl.gz');
    assert.equal(result.papers.length, 0);
    assert.match(result.problems.map(formatProblem).join('\n'), /^d\.jsonl\.gz: the file could not be read to the end \(/);
  });

  it('skips a line longer than 64 MB with one problem, and loads the lines around it', async () => {
    const good = (title: string): string => JSON.stringify({ title });
    const runaway = encode(`{"title": "${'x'.repeat(MAX_LINE_BYTES + 10)}"}`);
    // eslint-disable-next-line @typescript-eslint/require-await -- an AsyncIterable of bytes already in memory, shaped like a file stream
    async function* file(): AsyncGenerator<Uint8Array> {
      yield encode(`${good('Before')}\n`);
      for (let start = 0; start < runaway.length; start += 2 ** 20) yield runaway.subarray(start, start + 2 ** 20);
      yield encode(`\n${good('After')}\n`);
    }
    const result = await parseDatasetStream(file(), 'big.jsonl');
    assert.deepEqual(result.papers.map((paper) => paper.title), ['Before', 'After']);
    assert.deepEqual(result.problems.map(formatProblem).filter((problem) => !problem.startsWith('big.jsonl: no row')), ['big.jsonl:2: line longer than 64 MB; skipped']);
  });

  it('reports progress in papers read so far while it reads', async () => {
    const lines = Array.from({ length: 25_000 }, (_, i) => JSON.stringify({ title: `Paper ${i}` })).join('\n');
    const seen: number[] = [];
    await parseDatasetStream(chunks(encode(lines), 65_536), 'p.jsonl', { onPapers: (papers) => seen.push(papers) });
    assert.deepEqual(seen, [10_000, 20_000]);
  });
});
