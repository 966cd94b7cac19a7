import assert from 'node:assert/strict';
import { formatProblem } from '../../../src/core/dataset/formatProblem';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { parseDatasetBytes } from '../../../src/core/dataset/parseDatasetBytes';
import { MAX_FIELD_LENGTH } from '../../../src/core/dataset/rowToPaper';

// Files users really produce, built here rather than committed: the big ones would be megabytes.
const row = (fields: Record<string, unknown>): string =>
  JSON.stringify({ conference: 'ICLR.cc/2023/Conference', title: 'A Title', abstract: 'An abstract.', decision: 'Reject', ...fields });
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('hostile datasets', () => {
  it('loads every good row of a 200,000-row JSONL file and names each bad line by number', async () => {
    const line = (i: number): string => row({ title: `Paper number ${i + 1}`, abstract: `Abstract ${i + 1} about graphs.` });
    const lines = Array.from({ length: 200_000 }, (_, i) => line(i));
    lines[50_000 - 1] = '{"title": "Broken line", "abstract": ';
    lines[100_000 - 1] = row({ title: '   ' });
    lines[150_000 - 1] = line(0);
    // The download stopped in the middle of the last row.
    lines[200_000 - 1] = line(200_000 - 1).slice(0, 30);
    const result = await parseDatasetBytes(utf8(lines.join('\n')), 'big.jsonl');

    assert.equal(result.papers.length, 200_000 - 4);
    assert.equal(result.duplicates, 1);
    assert.equal(result.papers[0]?.title, 'Paper number 1');
    assert.equal(result.papers.at(-1)?.title, 'Paper number 199999');
    assert.deepEqual(result.problems.map(formatProblem), [
      'big.jsonl:50000: invalid JSON (Unexpected end of JSON input)',
      'big.jsonl:100000: empty title; row skipped',
      'big.jsonl:200000: invalid JSON (Unterminated string in JSON at position 30)',
    ]);
  });

  it('cuts a 1 MB abstract to the field limit with one problem, in JSONL and CSV alike', () => {
    const abstract = 'x'.repeat(1_048_576);
    const jsonl = parseDataset(`${row({ title: 'Short' })}\n${row({ title: 'Huge', abstract })}`, 'd.jsonl');
    const csv = parseDataset(`title,abstract\nShort,x\nHuge,"${abstract}"\n`, 'd.csv');
    for (const result of [jsonl, csv]) {
      assert.deepEqual(result.papers.map((p) => [p.title, p.abstract.length]), [['Short', result === jsonl ? 12 : 1], ['Huge', MAX_FIELD_LENGTH]]);
      assert.ok(result.problems.map(formatProblem).includes(`d.${result === jsonl ? 'jsonl' : 'csv'}:${result === jsonl ? 2 : 3}: abstract cut to 100000 characters (was 1048576)`));
    }
  });

  it('never cuts a long field between the two halves of an emoji', () => {
    const [paper] = parseDataset(row({ abstract: `a${'🙂'.repeat(500_000)}` }), 'd.jsonl').papers;
    assert.ok(paper);
    assert.equal(paper.abstract.length, MAX_FIELD_LENGTH - 1);
    assert.ok(paper.abstract.endsWith('🙂'), 'ends on a whole emoji, not half of one');
  });

  it('removes bidirectional overrides that would show a title in another order than it is searched, reporting the line', () => {
    // U+202E (right-to-left override) … U+202C makes "gnp.exe" display as "exe.png"; U+2067 … U+2069 is an isolate.
    const title = 'Benign \u202egnp.exe\u202c results and \u2067isolated\u2069 words';
    const result = parseDataset(`${row({ title: 'Plain' })}\n${row({ title, decision: 'Accept (Oral)\u202e' })}`, 'bidi.jsonl');
    assert.deepEqual(result.papers.map((p) => [p.title, p.decision, p.tier]), [
      ['Plain', 'Reject', 'reject'],
      ['Benign gnp.exe results and isolated words', 'Accept (Oral)', 'oral'],
    ]);
    assert.deepEqual(result.problems.map(formatProblem), [
      'bidi.jsonl:2: title: removed 4 bidirectional control characters that could make it display in a misleading order; ' +
        'decision: removed 1 bidirectional control characters that could make it display in a misleading order',
    ]);
    // Right-to-left text itself, and the marks that only nudge neutral characters, are data: they stay.
    const [arabic] = parseDataset(row({ title: 'تعلم \u200fالآلة' }), 'rtl.jsonl').papers;
    assert.ok(arabic);
    assert.equal(arabic.title, 'تعلم \u200fالآلة');
  });

  it('reports a JSONL file cut inside a multi-byte character on the last line, keeping the rest', async () => {
    const bytes = utf8(`${row({ title: 'Kept ☃' })}\n{"title": "Snow ☃`);
    const result = await parseDatasetBytes(bytes.subarray(0, bytes.length - 1), 'cut.jsonl');
    assert.deepEqual(result.papers.map((p) => p.title), ['Kept ☃']);
    assert.deepEqual(result.problems.map(formatProblem), [
      'cut.jsonl:2: invalid UTF-8; the bad bytes were replaced with \uFFFD',
      'cut.jsonl:2: invalid JSON (Unterminated string in JSON at position 17)',
    ]);
  });

  it('loads nothing from a .json file that is not an array, naming what it found', () => {
    const found = (text: string): string[] => parseDataset(text, 'd.json').problems.map(formatProblem);
    assert.deepEqual(found('"papers"'), ['d.json: expected a JSON array of paper objects, found a string']);
    assert.deepEqual(found('null'), ['d.json: expected a JSON array of paper objects, found null']);
    assert.deepEqual(found('{"papers": []}'), ['d.json: expected a JSON array of paper objects, found an object']);
    assert.deepEqual(found(`[${row({})},`), ['d.json: invalid JSON (Unexpected end of JSON input)']);
  });

  it('reads a CSV with a byte order mark, CRLF, quoted newlines (as \\n), commas and quotes, and empty cells', async () => {
    const csv = 'title,abstract,decision,conference\r\n"Comma, ""Quoted"" Title","line one\r\nline two, with a comma",Reject,ICLR 2020\r\nSecond,,,\r\n';
    const result = await parseDatasetBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(csv)]), 'd.csv');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.papers.map((p) => [p.title, p.abstract, p.venue, p.year, p.tier]),
      [
        ['Comma, "Quoted" Title', 'line one\nline two, with a comma', 'ICLR', 2020, 'reject'],
        ['Second', '', 'Unknown', undefined, 'other'],
      ],
    );
  });

  it('loads rows whose fields are present but empty with the defaults, without a problem', () => {
    const result = parseDataset(row({ title: 'Empty fields', conference: '', abstract: '', decision: '' }), 'd.jsonl');
    assert.deepEqual(result.problems, []);
    const [paper] = result.papers;
    assert.ok(paper);
    assert.deepEqual([paper.venue, paper.year, paper.abstract, paper.decision, paper.tier], ['Unknown', undefined, '', '', 'other']);
  });

  it('keeps unknown decisions and conferences as written, in the other tier and a venue read from the text', () => {
    const text = [
      row({ title: 'Maybe', decision: 'Accept (Maybe)' }),
      row({ title: 'Elsewhere', conference: 'NeurIPS 2021' }),
      row({ title: 'Future', conference: 'ICLR.cc/2099/Conference' }),
      row({ title: 'No year', conference: 'ICLR 99999' }),
      row({ title: 'Markup', conference: '<script>alert(1)</script>', decision: '<b>Oral</b>' }),
    ].join('\n');
    const result = parseDataset(text, 'd.jsonl');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.papers.map((p) => [p.title, p.venue, p.year, p.decision, p.tier]),
      [
        ['Maybe', 'ICLR', 2023, 'Accept (Maybe)', 'other'],
        ['Elsewhere', 'NeurIPS', 2021, 'Reject', 'reject'],
        ['Future', 'ICLR', 2099, 'Reject', 'reject'],
        ['No year', 'ICLR', undefined, 'Reject', 'reject'],
        ['Markup', 'script>alert(1', undefined, '<b>Oral</b>', 'other'],
      ],
    );
  });
});
