import assert from 'node:assert/strict';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { paperId } from '../../../src/core/dataset/paperId';

const base = { venue: 'ICLR', year: 2023, abstract: 'An abstract.', decision: 'Reject' };

function jsonl(rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n');
}

// Deterministic Fisher-Yates so a failure can be reproduced.
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!]; // j <= i < out.length
  }
  return out;
}

describe('paperId', () => {
  it('starts with venue, year and the title in lower-case words, then a short hash', () => {
    const id = paperId({ ...base, title: 'ID and OOD Performance Are Sometimes Inversely Correlated' });
    assert.match(id, /^iclr2023-id-and-ood-performance-are-sometimes-inversely-correlated-[0-9a-z]{8}$/);
  });

  it('folds diacritics and drops LaTeX commands, math delimiters and punctuation', () => {
    const id = paperId({ ...base, title: 'Écoles & Naïve \\textbf{Bayes}: $k$-means on 100% of {data}' });
    assert.match(id, /^iclr2023-ecoles-naive-bayes-k-means-on-100-of-data-[0-9a-z]{8}$/);
  });

  it('uses only characters safe in URLs and tree ids', () => {
    const id = paperId({ venue: 'Weird/Venue?', year: undefined, title: '<script>alert("x")</script> 論文 #1', abstract: '', decision: '' });
    assert.match(id, /^[a-z0-9-]+$/);
    assert.match(id, /^weird-venue-script-alert-x-script-1-/);
  });

  it('names a title with no Latin letters or digits untitled', () => {
    assert.match(paperId({ ...base, title: '深層学習' }), /^iclr2023-untitled-[0-9a-z]{8}$/);
  });

  it('cuts a long title at a word boundary', () => {
    const id = paperId({ ...base, title: 'word '.repeat(40) });
    const slug = id.slice('iclr2023-'.length, -'-12345678'.length);
    assert.ok(slug.length <= 60, slug);
    assert.match(slug, /^(word-)*word$/);
  });

  it('differs for papers with the same title but different abstracts or decisions', () => {
    const ids = new Set([
      paperId({ ...base, title: 'Withdrawn' }),
      paperId({ ...base, title: 'Withdrawn', abstract: 'withdrawn paper' }),
      paperId({ ...base, title: 'Withdrawn', decision: 'Withdrawn' }),
    ]);
    assert.equal(ids.size, 3);
  });
});

describe('paper ids in a dataset', () => {
  const rows = [
    { conference: 'ICLR.cc/2018/Conference', title: 'Withdrawn', abstract: 'withdrawn', decision: 'Withdrawn' },
    { conference: 'ICLR.cc/2018/Conference', title: 'Withdrawn', abstract: 'Conditional sequence generation …', decision: 'Withdrawn' },
    { conference: 'ICLR.cc/2021/Conference', title: 'Withdraw', abstract: 'Optimal Transport …', decision: 'Withdrawn' },
    { conference: 'ICLR.cc/2021/Conference', title: 'Withdraw', abstract: 'Graph Laplacian …', decision: 'Withdrawn' },
    { conference: 'ICLR.cc/2021/Conference', title: 'Withdraw', abstract: 'Graph Laplacian …', decision: 'Reject' },
    { conference: 'ICLR.cc/2022/Conference', title: 'A Real Paper', abstract: 'Text.', decision: 'Accept (Poster)' },
  ];

  it('gives papers with duplicate titles in one venue-year distinct ids', () => {
    const { papers, problems } = parseDataset(jsonl(rows), 'd.jsonl');
    assert.equal(papers.length, rows.length);
    assert.equal(new Set(papers.map((p) => p.id)).size, rows.length);
    assert.deepEqual(problems, []);
  });

  it('gives each paper the same id whatever the row order', () => {
    const idOf = (papers: readonly { id: string; abstract: string; decision: string }[]) =>
      new Map(papers.map((p) => [`${p.abstract}|${p.decision}`, p.id]));
    const expected = idOf(parseDataset(jsonl(rows), 'd.jsonl').papers);
    for (const seed of [1, 2, 3, 4, 5]) {
      assert.deepEqual(idOf(parseDataset(jsonl(shuffled(rows, seed)), 'd.jsonl').papers), expected);
    }
  });

  it('gives a paper the same id whatever else the file holds', () => {
    const alone = parseDataset(jsonl(rows.slice(0, 1)), 'd.jsonl').papers[0]?.id;
    const among = parseDataset(jsonl(rows), 'd.jsonl').papers.find((p) => p.abstract === 'withdrawn')?.id;
    assert.equal(among, alone);
  });
});
