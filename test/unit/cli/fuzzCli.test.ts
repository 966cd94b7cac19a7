import assert from 'node:assert/strict';
import { createPrng } from '../../../bench/prng';
import { HOSTILE_QUERY_KINDS, hostileQuery } from '../../../scripts/hostileQuery';
import { runCli } from './fakeCliIo';

// The unit-size version of `npm run fuzz`: the same generator and seed style, a few hundred queries.
const SEED = 7_331;

interface StdinAnswer {
  readonly query: string;
  readonly hits: ReadonlyArray<{ id: string; title: string; score: number }>;
}

describe('paper-lookup search with generated hostile queries', () => {
  it('answers 400 hostile stdin lines with one JSON line each, echoing the query, exit 0', async () => {
    const random = createPrng(SEED);
    // stdin mode reads one query per line, so line breaks inside a query become spaces.
    const queries = Array.from({ length: 400 }, () => hostileQuery(random).replace(/[\r\n]/g, ' '));
    // Cut the input at arbitrary points so queries and surrogate pairs straddle reads.
    const text = queries.map((query) => `${query}\n`).join('');
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += 997) chunks.push(text.slice(at, at + 997));

    const run = await runCli(['search', '--limit', '3'], { stdin: chunks });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const answers = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as StdinAnswer);
    assert.equal(answers.length, queries.length);
    answers.forEach((answer, i) => {
      assert.equal(answer.query, queries[i], `line ${i + 1}`);
      assert.ok(answer.hits.length <= 3, `line ${i + 1}`);
      for (const hit of answer.hits) assert.ok(hit.title.length > 0 && Number.isFinite(hit.score), `line ${i + 1}`);
    });
  });

  it('answers every kind of hostile query given as arguments, with --json, exit 0', async () => {
    const random = createPrng(SEED + 1);
    for (const kind of HOSTILE_QUERY_KINDS) {
      for (let i = 0; i < 1; i++) {
        const query = hostileQuery(random, kind);
        // After `--`, a query that starts with `-` or `--` is a query, not an option.
        const run = await runCli(['search', '--json', '--', query]);
        assert.equal(run.code, 0, `${kind}: ${run.stderr}`);
        assert.equal(run.stderr, '');
        const answer = JSON.parse(run.stdout) as { query: string; total: number; hits: unknown[] };
        assert.equal(answer.query, query, kind);
        assert.ok(answer.hits.length <= Math.min(10, answer.total), kind);
      }
    }
  });
});
