import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatProblem } from '../../../src/core/dataset/formatProblem';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { problemCount } from '../../../src/core/dataset/problemCount';
import type { ParsedDataset } from '../../../src/core/dataset/parsedDataset';

const fixtures = path.join(__dirname, '../../fixtures/datasets');

const row = (fields: Record<string, unknown>): string =>
  JSON.stringify({ conference: 'ICLR.cc/2023/Conference', title: 'A Title', abstract: 'An abstract.', decision: 'Reject', ...fields });

function messages(result: ParsedDataset): string[] {
  return result.problems.map(formatProblem);
}

describe('parseDataset', () => {
  describe('JSONL', () => {
    it('reads one paper per line and fills venue, year and tier', () => {
      const result = parseDataset(row({ title: 'One', decision: 'Accept: notable-top-5%' }), 'd.jsonl');
      assert.deepEqual(messages(result), []);
      const [paper] = result.papers;
      assert.ok(paper);
      assert.equal(paper.title, 'One');
      assert.equal(paper.venue, 'ICLR');
      assert.equal(paper.year, 2023);
      assert.equal(paper.tier, 'oral');
      assert.equal(paper.decision, 'Accept: notable-top-5%');
      assert.deepEqual(paper.extra, {});
    });

    it('skips blank lines and reports a bad line with its number, keeping the others', () => {
      const text = [row({ title: 'One' }), '', '   ', '{"title": oops}', row({ title: 'Two' }), ''].join('\r\n');
      const result = parseDataset(text, 'd.jsonl');
      assert.deepEqual(result.papers.map((p) => p.title), ['One', 'Two']);
      const [problem] = result.problems;
      assert.ok(problem);
      assert.equal(result.problems.length, 1);
      assert.match(formatProblem(problem), /^d\.jsonl:4: invalid JSON \(.+\)$/);
    });

    it('reports a truncated last line and loads the rest', () => {
      const text = `${row({ title: 'One' })}\n${row({ title: 'Two' }).slice(0, 40)}`;
      const result = parseDataset(text, 'd.jsonl');
      assert.deepEqual(result.papers.map((p) => p.title), ['One']);
      assert.match(messages(result).join('\n'), /^d\.jsonl:2: invalid JSON/);
    });

    it('keeps a JSON error message short even when the line is huge', () => {
      const result = parseDataset(`{"title": "${'x'.repeat(5000)}`, 'd.jsonl');
      const [problem] = result.problems;
      assert.ok(problem);
      assert.ok(problem.message.length < 200, problem.message);
    });
  });

  describe('JSON array', () => {
    it('reads an array of papers, numbering rows by position', () => {
      const result = parseDataset(`[${row({ title: 'One' })},\n 42,\n${row({ title: 'Two' })}]`, 'd.json');
      assert.deepEqual(result.papers.map((p) => p.title), ['One', 'Two']);
      assert.deepEqual(messages(result), ['d.json:2: expected an object with a title, found a number; row skipped']);
    });

    it('loads nothing and says why when the document is not an array', () => {
      const result = parseDataset(row({}), 'd.json');
      assert.deepEqual(result.papers, []);
      assert.deepEqual(messages(result), ['d.json: expected a JSON array of paper objects, found an object']);
    });

    it('suggests .jsonl for a .json file holding one object per line', () => {
      const result = parseDataset(`${row({ title: 'One' })}\n${row({ title: 'Two' })}`, 'd.json');
      assert.deepEqual(result.papers, []);
      assert.match(messages(result)[0] ?? '', /^d\.json: invalid JSON \(.*\); it looks like one object per line: name it \.jsonl$/);
    });
  });

  describe('CSV', () => {
    it('reads quoted commas, doubled quotes and newlines in a CRLF file', () => {
      const result = parseDataset(readFileSync(path.join(fixtures, 'papers.csv'), 'utf8'), 'papers.csv');
      assert.deepEqual(messages(result), []);
      const [first, second] = result.papers;
      assert.ok(first);
      assert.ok(second);
      assert.equal(first.title, 'Commas, Quotes "and" Newlines');
      assert.equal(first.abstract, 'First line,\nsecond line with 100% & {braces}');
      assert.equal(first.tier, 'poster');
      assert.deepEqual(first.authors, ['Ada Lovelace', 'Alan Turing']);
      assert.deepEqual(first.extra, { url: 'https://openreview.net/forum?id=abc' });
      assert.equal(second.title, 'Plain Row');
      assert.equal(second.year, 2021);
      assert.deepEqual(second.extra, {}, 'empty cells are not kept as extra fields');
    });

    it('reports rows by the line they start on', () => {
      const text = 'title,abstract\n"Multi\nline",x\n,no title here\n';
      assert.deepEqual(messages(parseDataset(text, 'd.csv')), [
        "d.csv: no row has a field named 'conference'; venues show as 'Unknown'",
        "d.csv: no row has a field named 'decision'; decisions show as 'Other'",
        'd.csv:4: empty title; row skipped',
      ]);
    });

    it('skips a row with more fields than the header and loads a short one', () => {
      const text = 'title,abstract,decision\nToo,many,Reject,fields\nShort,only abstract\nFull,x,Reject\n';
      const result = parseDataset(text, 'd.csv');
      assert.deepEqual(result.papers.map((p) => p.title), ['Short', 'Full']);
      assert.deepEqual(messages(result).filter((m) => /:\d+:/.test(m)), ['d.csv:2: row has 4 fields but the header has 3; row skipped', 'd.csv:3: missing decision']);
    });

    it('reports a quote that never closes', () => {
      const result = parseDataset('title,abstract\nGood,ok\n"Broken,oops\nmore\n', 'd.csv');
      assert.deepEqual(result.papers.map((p) => p.title), ['Good']);
      assert.ok(messages(result).some((m) => m.startsWith('d.csv:3: a quoted field is never closed')), messages(result).join('\n'));
    });

    it('reports an empty file', () => {
      assert.deepEqual(messages(parseDataset('', 'd.csv')), ['d.csv: empty CSV file: expected a header row (title, abstract, …)']);
    });
  });

  describe('format detection', () => {
    it('guesses from the content when the extension is unknown', () => {
      const one = row({ title: 'Guessed' });
      for (const text of [one, `[${one}]`, 'title,abstract\nGuessed,x']) {
        assert.deepEqual(parseDataset(text, 'dataset.txt').papers.map((p) => p.title), ['Guessed'], text);
      }
    });

    it('follows an explicit format over the extension', () => {
      assert.deepEqual(parseDataset('title\nFrom CSV', 'd.jsonl', 'csv').papers.map((p) => p.title), ['From CSV']);
    });

    it('strips a byte order mark', () => {
      assert.deepEqual(parseDataset(`\uFEFFtitle,decision\nBOM,Reject`, 'd.csv').papers.map((p) => [p.title, p.tier]), [['BOM', 'reject']]);
      assert.equal(parseDataset(`\uFEFF${row({})}`, 'd.jsonl').papers.length, 1);
    });
  });

  describe('row validation', () => {
    it('skips rows without a usable title, one problem each', () => {
      const text = [row({ title: undefined }), row({ title: '  \n ' }), row({ title: ['a'] }), 'null', '[1]'].join('\n');
      const result = parseDataset(text, 'd.jsonl');
      assert.deepEqual(result.papers, []);
      assert.deepEqual(messages(result), [
        'd.jsonl:1: missing title; row skipped',
        'd.jsonl:2: empty title; row skipped',
        'd.jsonl:3: title is not text; row skipped',
        'd.jsonl:4: expected an object with a title, found null; row skipped',
        'd.jsonl:5: expected an object with a title, found an array; row skipped',
      ]);
    });

    it('loads a row with missing fields using defaults, in one problem line', () => {
      const text = [row({ title: 'Complete' }), JSON.stringify({ title: 'Bare', abstract: null })].join('\n');
      const result = parseDataset(text, 'd.jsonl');
      const bare = result.papers[1];
      assert.ok(bare);
      assert.deepEqual([bare.venue, bare.year, bare.abstract, bare.decision, bare.tier], ['Unknown', undefined, '', '', 'other']);
      assert.deepEqual(messages(result), ['d.jsonl:2: missing conference, abstract, decision']);
    });

    it('reports a field absent from every row once for the file', () => {
      const text = [JSON.stringify({ title: 'One', conference: 'ICLR 2020' }), JSON.stringify({ title: 'Two', conference: 'ICLR 2020', decision: 'Reject' })].join('\n');
      assert.deepEqual(messages(parseDataset(text, 'd.jsonl')), [
        "d.jsonl: no row has a field named 'abstract'; abstracts are empty",
        'd.jsonl:1: missing decision',
      ]);
    });

    it('turns numbers into text and reports structures where text belongs', () => {
      const result = parseDataset(row({ title: 1984, abstract: { nested: true }, decision: 7 }), 'd.jsonl');
      const [paper] = result.papers;
      assert.ok(paper);
      assert.deepEqual([paper.title, paper.abstract, paper.decision, paper.tier], ['1984', '', '7', 'other']);
      assert.deepEqual(messages(result), ['d.jsonl:1: abstract is not text, left empty']);
    });

    it('matches field names regardless of case and surrounding spaces', () => {
      const [paper] = parseDataset('[{" Title ": "Cased", "DECISION": "Reject", "Conference": "ICLR 2019", "Abstract": "x"}]', 'd.json').papers;
      assert.ok(paper);
      assert.deepEqual([paper.title, paper.tier, paper.year, paper.abstract], ['Cased', 'reject', 2019, 'x']);
    });

    it('collapses whitespace in titles and trims the other fields, keeping hostile text as is', () => {
      const [paper] = parseDataset(row({ title: '  A\n\tTitle  with $\\alpha$ & {x} <b> ', abstract: '\n 100% \\cite{x} \n', decision: ' Reject ' }), 'd.jsonl').papers;
      assert.ok(paper);
      assert.equal(paper.title, 'A Title with $\\alpha$ & {x} <b>');
      assert.equal(paper.abstract, '100% \\cite{x}');
      assert.equal(paper.decision, 'Reject');
    });

    it('keeps other fields as text, joining lists with "; "', () => {
      const [paper] = parseDataset(row({ id: 'abc', tags: ['rl', 7], pages: 12, oral: false, meta: { a: 1 }, empty: null, blank: '' }), 'd.jsonl').papers;
      assert.ok(paper);
      assert.deepEqual(paper.extra, { id: 'abc', tags: 'rl; 7', pages: '12', oral: 'false', meta: '{"a":1}' });
    });

    it('keeps a __proto__ column as a plain extra field', () => {
      const [paper] = parseDataset('{"title": "Hostile", "__proto__": "polluted"}', 'd.jsonl').papers;
      assert.ok(paper);
      assert.equal(Object.getPrototypeOf(paper.extra), Object.prototype);
      assert.deepEqual(Object.entries(paper.extra), [['__proto__', 'polluted']]);
    });

    it('cuts a field longer than 100,000 characters and says so', () => {
      const result = parseDataset(row({ abstract: 'a'.repeat(150_000) }), 'd.jsonl');
      assert.equal(result.papers[0]?.abstract.length, 100_000);
      assert.deepEqual(messages(result), ['d.jsonl:1: abstract cut to 100000 characters (was 150000)']);
    });
  });

  describe('duplicates', () => {
    it('merges exact duplicate rows without calling them errors', () => {
      const text = [row({ title: 'Twice' }), row({ title: 'Other' }), row({ title: 'Twice' })].join('\n');
      const result = parseDataset(text, 'd.jsonl');
      assert.deepEqual(result.papers.map((p) => p.title), ['Twice', 'Other']);
      assert.equal(result.duplicates, 1);
      assert.deepEqual(result.problems, []);
    });

    it('keeps the first of two equally full rows of one paper, and names what it left out of the other', () => {
      const text = [row({ url: 'a' }), row({ url: 'b' })].join('\n');
      const result = parseDataset(text, 'd.jsonl');
      assert.deepEqual(result.papers.map((p) => p.extra.url), ['a']);
      assert.equal(result.duplicates, 1);
      assert.deepEqual(messages(result), ["d.jsonl:2: same paper as line 1, which was kept; this row's url left out"]);
    });

    it('keeps the fuller of two rows of one paper whatever their order, silently when nothing is lost', () => {
      const bare = row({});
      const full = row({ authors: ['Ada Lovelace'], openreview_id: 'bHW9njOSON' });
      for (const text of [[bare, full], [full, bare]].map((rows) => rows.join('\n'))) {
        const result = parseDataset(text, 'd.jsonl');
        assert.deepEqual(result.papers.map((p) => [p.id, p.authors]), [['bHW9njOSON', ['Ada Lovelace']]]);
        assert.equal(result.duplicates, 1);
        assert.deepEqual(messages(result), []);
      }
    });

    it('keeps two rows with different OpenReview ids apart even when their placeholder titles are equal', () => {
      const text = [row({ title: 'NA', abstract: '', openreview_id: 'AAAAAAAAAA' }), row({ title: 'NA', abstract: '', openreview_id: 'BBBBBBBBBB' })].join('\n');
      assert.deepEqual(parseDataset(text, 'd.jsonl').papers.map((p) => p.id), ['AAAAAAAAAA', 'BBBBBBBBBB']);
    });
  });

  describe('problem cap', () => {
    it('keeps the first 1000 problems and sums up the rest in one line', () => {
      const text = Array.from({ length: 1005 }, () => '{bad').join('\n');
      const result = parseDataset(text, 'd.jsonl');
      assert.equal(result.problems.length, 1001);
      const summary = result.problems[1000];
      assert.ok(summary);
      assert.equal(result.problems[999]?.line, 1000);
      assert.equal(formatProblem(summary), 'd.jsonl: and 5 more problems');
      assert.equal(problemCount(result.problems), 1005);
    });

    it('counts the summed-up problems whatever language the summary line is in', () => {
      const text = Array.from({ length: 1002 }, () => '{bad').join('\n');
      const result = parseDataset(text, 'd.jsonl', undefined, (message, ...args) => `«${message}» ${args.join(' ')}`);
      const summary = result.problems[1000];
      assert.ok(summary);
      assert.equal(formatProblem(summary), 'd.jsonl: «and {0} more problems» 2');
      assert.equal(problemCount(result.problems), 1002);
    });
  });
});
