import assert from 'node:assert/strict';
import { errorLines, row, runCli, SAMPLE_FILE } from './fakeCliIo';

interface JsonHit {
  id: string;
  title: string;
  year: number | null;
  decision: string;
  tier?: string;
  score: number;
}

const SUBSPACE = 'Subspace Regularizers for Few-Shot Class Incremental Learning';

describe('paper-lookup search', () => {
  it('prints rank, title, year, decision and score in aligned columns', async () => {
    const run = await runCli(['search', 'graph', 'networks']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const rows = run.stdout.split('\n').filter((line) => /^\s*\d+\.\s/.test(line));
    assert.ok(rows.length >= 2, run.stdout);
    assert.deepEqual(
      rows.map((line) => Number(/^\s*(\d+)\./.exec(line)?.[1])),
      rows.map((_, index) => index + 1),
    );
    assert.ok(rows.some((line) => line.includes('Simple and Deep Graph Attention Networks')));
    // Aligned: the year column starts at the same offset in every row, and each row ends with a score.
    const yearOffsets = new Set(rows.map((line) => line.search(/\s(19|20)\d\d\s/)));
    assert.equal(yearOffsets.size, 1, run.stdout);
    for (const line of rows) assert.match(line, /\s\d+\.\d\d$/);
    assert.match(run.stdout, new RegExp(`\\n${rows.length} of \\d+ matching papers\\n$`));
  });

  it('finds a paper by three title words, first', async () => {
    const run = await runCli(['search', '--json', 'subspace regularizers incremental']);
    assert.equal((JSON.parse(run.stdout) as { hits: { title: string }[] }).hits[0]?.title, SUBSPACE);
  });

  it('prints JSON with query, total and hits of id, title, year, decision, tier and score', async () => {
    const run = await runCli(['search', '--json', '--limit', '3', 'learning']);
    assert.equal(run.code, 0);
    const result = JSON.parse(run.stdout) as { query: string; total: number; hits: JsonHit[] };
    assert.equal(run.stdout.trimEnd().split('\n').length, 1, 'one JSON object on one line');
    assert.equal(result.query, 'learning');
    assert.equal(result.hits.length, 3);
    assert.ok(result.total > 3);
    for (const hit of result.hits) {
      assert.deepEqual(Object.keys(hit), ['id', 'title', 'year', 'decision', 'tier', 'score']);
      assert.equal(typeof hit.score, 'number');
      assert.match(hit.id, /^iclr20\d\d-/);
    }
    const scores = result.hits.map((hit) => hit.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  });

  it('applies --limit to the text output', async () => {
    const run = await runCli(['search', '--limit=2', 'learning']);
    assert.equal(run.stdout.split('\n').filter((line) => /^\s*\d+\.\s/.test(line)).length, 2);
  });

  it('includes the hint in JSON when part of the query was ignored', async () => {
    const run = await runCli(['search', '--json', 'colour:blue graph']);
    assert.equal(run.code, 0);
    assert.equal(typeof (JSON.parse(run.stdout) as { hint?: unknown }).hint, 'string');
  });

  it('treats lunr syntax and odd input as a normal query: exit 0, no error output', async () => {
    for (const query of ['title:', ':', '^~*', '*', '~', 'year:', 'year:abc..', 'decision:', '"', '\\', '+', '-', 'a:b:c', '\u0000', '}{']) {
      const run = await runCli(['search', '--json', '--', query]);
      assert.equal(run.code, 0, `${JSON.stringify(query)}: ${run.stderr}`);
      assert.equal(run.stderr, '');
      assert.equal((JSON.parse(run.stdout) as { query: string }).query, query);
    }
  });

  it('searches for an excluded word given after --', async () => {
    const run = await runCli(['search', '--json', '--', 'graph', '-attention']);
    const titles = (JSON.parse(run.stdout) as { hits: JsonHit[] }).hits.map((hit) => hit.title);
    assert.ok(titles.length > 0);
    assert.ok(!titles.includes('Simple and Deep Graph Attention Networks'));
  });

  it('says so when nothing matches', async () => {
    const run = await runCli(['search', 'zzzzqqqq']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^No papers match\./);
  });

  it('cuts titles to the terminal width only on a terminal', async () => {
    const wide = await runCli(['search', 'learning'], { columns: undefined });
    const narrow = await runCli(['search', 'learning'], { columns: 60 });
    const longest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));
    assert.ok(longest(wide.stdout) > 60);
    assert.ok(longest(narrow.stdout) <= 60, narrow.stdout);
    assert.match(narrow.stdout, /…/);
  });

  describe('without a query (stdin)', () => {
    it('prints one JSON line per stdin line, an empty line giving no hits, a last line without newline included', async () => {
      const run = await runCli(['search', '--limit', '2'], { stdin: ['subspace regularizers\n\ngraph atten', 'tion networks\r\nglue benchmark'] });
      assert.equal(run.code, 0, run.stderr);
      const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { query: string; hits: JsonHit[] });
      assert.deepEqual(
        lines.map((line) => line.query),
        ['subspace regularizers', '', 'graph attention networks', 'glue benchmark'],
      );
      assert.equal(lines[0]?.hits[0]?.title, SUBSPACE);
      assert.deepEqual(lines[1]?.hits, []);
      assert.equal(lines[2]?.hits[0]?.title, 'Simple and Deep Graph Attention Networks');
      assert.match(lines[3]?.hits[0]?.title ?? '', /^GLUE/);
      for (const line of lines) {
        assert.deepEqual(Object.keys(line), ['query', 'hits']);
        assert.ok(line.hits.length <= 2);
        for (const hit of line.hits) assert.deepEqual(Object.keys(hit), ['id', 'title', 'year', 'decision', 'score']);
      }
    });

    it('reads the dataset once for all queries', async () => {
      const run = await runCli(['search'], { stdin: ['a\nb\nc\nd\n'] });
      assert.equal(run.stdout.trimEnd().split('\n').length, 4);
      assert.deepEqual(run.reads.filter((file) => file === SAMPLE_FILE), [SAMPLE_FILE]);
    });

    it('prints nothing for empty stdin', async () => {
      const run = await runCli(['search'], { stdin: [] });
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '');
    });

    it('tells a terminal user where the queries come from', async () => {
      const run = await runCli(['search'], { stdin: ['x\n'], stdinIsTTY: true });
      assert.match(run.stderr, /one per line/);
    });
  });

  describe('--dataset', () => {
    it('searches another file, with its problems on stderr as file:line: message while good rows load', async () => {
      const file = '/data/mine.jsonl';
      const text = [row('Quantum Widgets for Sparse Graphs', 'We study widgets.'), '{not json', row('', 'no title'), row('Another Paper', 'About graphs.')].join('\n');
      const run = await runCli(['search', '--json', '--dataset', file, 'widgets'], { files: { [file]: text } });
      assert.equal(run.code, 0);
      assert.equal((JSON.parse(run.stdout) as { hits: { title: string }[] }).hits[0]?.title, 'Quantum Widgets for Sparse Graphs');
      const problems = errorLines(run);
      assert.equal(problems.length, 2, run.stderr);
      assert.match(problems[0] ?? '', /^\/data\/mine\.jsonl:2: /);
      assert.match(problems[1] ?? '', /^\/data\/mine\.jsonl:3: .*title/);
    });

    it('reads CSV', async () => {
      const file = 'papers.csv';
      const text = 'conference,title,abstract,decision\nICLR.cc/2021/Conference,"Widgets, Revisited",About widgets,Reject\n';
      const run = await runCli(['search', '--json', '--dataset', file, 'widgets'], { files: { [file]: text } });
      assert.deepEqual(
        (JSON.parse(run.stdout) as { hits: JsonHit[] }).hits.map((hit) => [hit.title, hit.year, hit.decision, hit.tier]),
        [['Widgets, Revisited', 2021, 'Reject', 'reject']],
      );
    });

    it('caps the problems and counts the rest in one line', async () => {
      const file = 'broken.jsonl';
      const text = [row('Good Paper', 'fine'), ...Array.from({ length: 30 }, () => '{broken')].join('\n');
      const run = await runCli(['search', '--dataset', file, 'good'], { files: { [file]: text } });
      const problems = errorLines(run);
      assert.equal(problems.length, 21);
      assert.equal(problems[20], 'broken.jsonl: and 10 more problems');
      assert.match(run.stdout, /Good Paper/);
    });

    it('fails with one line and exit 2 when no row is usable', async () => {
      const file = 'bad.jsonl';
      const run = await runCli(['search', '--dataset', file, 'x'], { files: { [file]: '{broken\n{"title": ""}\n' } });
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.deepEqual(errorLines(run).length, 1, run.stderr);
      assert.match(run.stderr, /^paper-lookup: bad\.jsonl: no usable papers \(bad\.jsonl:1: /);
    });

    it('fails with one line and exit 2 for an empty or missing file', async () => {
      const empty = await runCli(['search', '--dataset', 'empty.csv', 'x'], { files: { 'empty.csv': '' } });
      assert.equal(empty.code, 2);
      assert.equal(errorLines(empty).length, 1, empty.stderr);
      assert.match(empty.stderr, /^paper-lookup: empty\.csv: no usable papers/);
      const missing = await runCli(['search', '--dataset', 'nope.jsonl', 'x']);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'paper-lookup: cannot read nope.jsonl: no such file\n');
    });

    it('fails the same way in stdin mode, before reading any query', async () => {
      const run = await runCli(['search', '--dataset', 'nope.jsonl'], { stdin: ['x\n'] });
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
    });

    it('keeps escape sequences in titles away from the terminal', async () => {
      const file = 'evil.jsonl';
      const run = await runCli(['search', '--dataset', file, 'evil'], { files: { [file]: row('Evil \u001b[2J\u001b]0;pwned\u0007Title\nsecond line', 'evil') } });
      assert.equal(run.code, 0);
      assert.doesNotMatch(run.stdout, /[\u0000-\u0009\u000b-\u001f\u007f]/);
      assert.match(run.stdout, /Evil \[2J ]0;pwned Title second line/);
    });
  });
});
