import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { citationKeys } from '../../../src/core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../../../src/core/citations/parseKeyFormat';
import { formatProblem } from '../../../src/core/dataset/formatProblem';
import { mergeDatasets } from '../../../src/core/dataset/mergeDatasets';
import type { Paper } from '../../../src/core/dataset/paper';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { parseDatasetBytes } from '../../../src/core/dataset/parseDatasetBytes';
import { splitAuthorList } from '../../../src/core/dataset/splitNameList';
import { PaperTree } from '../../../src/core/tree/paperTree';

const fixtures = path.join(__dirname, '../../fixtures/datasets');
const ESD = {
  conference: 'ICLR.cc/2023/Conference',
  title: 'ESD: Expected Squared Difference as a Tuning-Free Trainable Calibration Measure',
  abstract: 'Studies have shown that modern neural networks tend to be poorly calibrated.',
  decision: 'Accept: poster',
};
const ESD_AUTHORS = ['Hee Suk Yoon', 'Joshua Tian Jin Tee', 'Chang D. Yoo'];

/** The new columns as one comparable value. */
const columns = (paper: Paper): unknown => ({ id: paper.id, authors: paper.authors, keywords: paper.keywords, openreviewId: paper.openreviewId, abstractQuality: paper.abstractQuality });
const messages = (result: { problems: readonly Parameters<typeof formatProblem>[0][] }): string[] => result.problems.map(formatProblem);

describe('the corpus columns (authors, openreview_id, keywords, abstract_quality) in every import format', () => {
  const expected = { id: 'bHW9njOSON', authors: ESD_AUTHORS, keywords: ['calibration', 'uncertainty'], openreviewId: 'bHW9njOSON', abstractQuality: 'crawl' };

  it('JSONL: arrays, as the bundled corpus writes them', () => {
    const line = JSON.stringify({ ...ESD, authors: ESD_AUTHORS, openreview_id: 'bHW9njOSON', keywords: ['calibration', 'uncertainty'], abstract_quality: 'crawl' });
    const result = parseDataset(line, 'c.jsonl');
    assert.deepEqual(result.papers.map(columns), [expected]);
    assert.deepEqual(messages(result), []);
  });

  it('JSON array: the same columns, with names in another case and spelling', () => {
    const text = JSON.stringify([{ ...ESD, Authors: ESD_AUTHORS, 'OpenReview ID': 'bHW9njOSON', Keywords: 'calibration; uncertainty', 'abstract-quality': 'crawl' }]);
    assert.deepEqual(parseDataset(text, 'c.json').papers.map(columns), [expected]);
  });

  it('CSV: text cells split on ";" or "and"', () => {
    const csv = [
      'conference,title,abstract,decision,authors,openreview_id,keywords,abstract_quality',
      `${ESD.conference},"${ESD.title}",${ESD.abstract},${ESD.decision},Hee Suk Yoon; Joshua Tian Jin Tee; Chang D. Yoo,bHW9njOSON,"calibration, uncertainty",crawl`,
      `${ESD.conference},Second,x,Reject,"Smith, J. and Doe, J.",,,`,
    ].join('\n');
    const result = parseDataset(csv, 'c.csv');
    assert.deepEqual(result.papers.map(columns)[0], expected);
    assert.deepEqual(result.papers[1]!.authors, ['Smith, J.', 'Doe, J.']);
    assert.equal(result.papers[1]!.openreviewId, undefined);
    assert.deepEqual(messages(result), []);
  });

  it('Parquet: list columns, and malformed values reported by line while the row still loads', async () => {
    const result = await parseDatasetBytes(readFileSync(path.join(fixtures, 'papers-openreview.parquet')), 'papers-openreview.parquet');
    assert.deepEqual(result.papers.map(columns), [
      { id: 'bHW9njOSON', authors: ESD_AUTHORS, keywords: ['calibration', 'uncertainty'], openreviewId: 'bHW9njOSON', abstractQuality: 'crawl' },
      { id: 'HJoYD6gC-', authors: [], keywords: [], openreviewId: 'HJoYD6gC-', abstractQuality: 'none' },
      { id: result.papers[2]!.id, authors: ['Ada Lovelace'], keywords: [], openreviewId: undefined, abstractQuality: undefined },
    ]);
    assert.deepEqual(messages(result), [
      "papers-openreview.parquet:3: openreview_id 'not an id!' is not an OpenReview forum id; left out; abstract_quality 'bogus' is not one of api, crawl, lossy, none; left out",
    ]);
  });

  it('reports an authors or keywords value that is neither a list nor text, by file and line, and loads the row', () => {
    const text = [JSON.stringify({ ...ESD, authors: 42 }), JSON.stringify({ ...ESD, title: 'B', keywords: { a: 1 } }), JSON.stringify({ ...ESD, title: 'C', authors: ['Ada', 7, null] })].join('\n');
    const result = parseDataset(text, 'bad.jsonl');
    assert.equal(result.papers.length, 3);
    assert.deepEqual(messages(result), [
      'bad.jsonl:1: authors is a number, not a list of names or a text; left empty',
      'bad.jsonl:2: keywords is an object, not a list of names or a text; left empty',
      'bad.jsonl:3: authors: left out 1 entries that are not text',
    ]);
    assert.deepEqual(result.papers[2]!.authors, ['Ada']);
  });

  it('keeps the four-column seed format valid: the bundled sample loads with no authors and no problem about them', () => {
    const file = path.join(__dirname, '../../../data/iclr-sample.jsonl');
    const result = parseDataset(readFileSync(file, 'utf8'), file);
    assert.equal(result.papers.length, 100);
    assert.ok(result.papers.every((paper) => paper.authors.length === 0 && paper.openreviewId === undefined && /^iclr20\d\d-/.test(paper.id)));
    assert.deepEqual(messages(result), []);
  });
});

describe('author lists written as text', () => {
  const cases: [string, string[]][] = [
    ['Ada Lovelace; Alan Turing', ['Ada Lovelace', 'Alan Turing']],
    ['Ada Lovelace and Alan Turing', ['Ada Lovelace', 'Alan Turing']],
    ['Ada Lovelace, Alan Turing, and Grace Hopper', ['Ada Lovelace', 'Alan Turing', 'Grace Hopper']],
    ['Ada Lovelace, Alan Turing', ['Ada Lovelace', 'Alan Turing']],
    ['Smith, J. and Doe, J.', ['Smith, J.', 'Doe, J.']],
    ['Smith, John', ['Smith, John']],
    ['van der Berg, Jan', ['van der Berg, Jan']],
    ['Smith, John; Doe, Jane', ['Smith, John', 'Doe, Jane']],
    ['Alexander Anderson and Ferdinand Sandberg', ['Alexander Anderson', 'Ferdinand Sandberg']],
    ['  ', []],
  ];
  for (const [text, names] of cases) {
    it(`reads "${text}" as ${names.length} name${names.length === 1 ? '' : 's'}`, () => assert.deepEqual(splitAuthorList(text), names));
  }
});

describe('paper ids', () => {
  const rows = [
    { ...ESD, authors: ESD_AUTHORS, openreview_id: 'bHW9njOSON' },
    { conference: 'ICLR.cc/2023/Conference', title: 'NA', abstract: '', decision: 'Withdrawn', openreview_id: 'AAAAAAAAAA' },
    { conference: 'ICLR.cc/2023/Conference', title: 'NA', abstract: '', decision: 'Withdrawn', openreview_id: 'BBBBBBBBBB' },
    { conference: 'ICLR.cc/2021/Conference', title: 'Without an Id', abstract: 'About it.', decision: 'Reject' },
  ];
  const parse = (order: readonly typeof rows[number][]): Paper[] => parseDataset(order.map((row) => JSON.stringify(row)).join('\n'), 'ids.jsonl').papers;

  it('is the OpenReview forum id when the row has one, and made from the paper otherwise', () => {
    assert.deepEqual(parse(rows).map((paper) => paper.id), ['bHW9njOSON', 'AAAAAAAAAA', 'BBBBBBBBBB', parse(rows)[3]!.id]);
    assert.match(parse(rows)[3]!.id, /^iclr2021-without-an-id-[0-9a-z]{8}$/);
  });

  it('stays the same when an abstract is corrected, for a paper with an OpenReview id', () => {
    const corrected = parse([{ ...rows[0]!, abstract: 'A corrected abstract.' }]);
    assert.equal(corrected[0]!.id, 'bHW9njOSON');
  });

  it('gives the same ids, citation keys and tree whatever the row order', () => {
    const forward = parse(rows);
    const backward = parse([...rows].reverse());
    const byId = (papers: Paper[]): string[] => papers.map((paper) => paper.id).sort();
    assert.deepEqual(byId(backward), byId(forward));
    assert.deepEqual(citationKeys(backward, DEFAULT_KEY_FORMAT), new Map([...citationKeys(forward, DEFAULT_KEY_FORMAT)].reverse()));
    const nodes = (papers: Paper[]): string[] => {
      const tree = new PaperTree(papers);
      return tree.roots().flatMap((venue) => tree.children(venue).flatMap((tier) => [tier.id, ...tree.children(tier).map((node) => node.id)]));
    };
    assert.deepEqual(nodes(backward), nodes(forward));
  });
});

describe('the same papers in several files (paper-lookup import a.jsonl b.jsonl)', () => {
  const bare = JSON.stringify(ESD);
  const rich = JSON.stringify({ ...ESD, authors: ESD_AUTHORS, openreview_id: 'bHW9njOSON', url: 'https://openreview.net/forum?id=bHW9njOSON' });

  it('keeps the row with authors and id in either file order, and counts one duplicate', () => {
    for (const files of [[['a.jsonl', bare], ['b.jsonl', rich]], [['b.jsonl', rich], ['a.jsonl', bare]]]) {
      const merged = mergeDatasets(files.map(([name, text]) => parseDataset(text!, name!)));
      assert.deepEqual(merged.papers.map((paper) => [paper.id, paper.authors]), [['bHW9njOSON', ESD_AUTHORS]]);
      assert.equal(merged.duplicates, 1);
      assert.deepEqual(messages(merged), []);
    }
  });

  it('reports a conflict by the file and line of the row it left out', () => {
    const other = JSON.stringify({ ...ESD, authors: ['Someone Else'] });
    const merged = mergeDatasets([parseDataset(other, 'a.jsonl'), parseDataset(rich, 'b.jsonl')]);
    assert.deepEqual(merged.papers.map((paper) => paper.authors), [ESD_AUTHORS]);
    assert.deepEqual(messages(merged), ["a.jsonl:1: same paper as b.jsonl:1, which was kept; this row's authors left out"]);
  });
});
