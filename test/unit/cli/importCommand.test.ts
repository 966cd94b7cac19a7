import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { errorLines, row, runCli } from './fakeCliIo';

const FILES = {
  '2021.jsonl': [row('Widgets for Graphs', 'widgets', 'ICLR.cc/2021/Conference', 'Reject'), row('Shared Paper', 'both files', 'ICLR.cc/2021/Conference', 'Accept (Oral)')].join('\n'),
  '2022.csv': [
    'conference,title,abstract,decision',
    'ICLR.cc/2022/Conference,Gadgets in Space,gadgets,Accept: poster',
    'ICLR.cc/2021/Conference,Shared Paper,both files,Accept (Oral)',
    'ICLR.cc/2022/Conference,,no title,Reject',
  ].join('\n'),
};

describe('paper-lookup import and search --index', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-cli-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('merges several files, prints a summary and problems, and writes an index that search --index reads', async () => {
    const out = path.join(tmp, 'nested', 'index');
    const run = await runCli(['import', '2021.jsonl', '2022.csv', '--out', out], { files: FILES });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Venue\s+Papers\s+Oral\s+Poster\s+Reject$/m);
    assert.match(run.stdout, /^ICLR 2021\s+2\s+1\s+0\s+1$/m);
    assert.match(run.stdout, /^Total\s+3\s+1\s+1\s+1$/m);
    assert.match(run.stdout, /Imported 3 papers from 2 files into .*index \(1 duplicate merged, 1 problem\)\.\n$/);
    assert.match(run.stderr, /^2022\.csv:4: /);
    assert.ok(fs.existsSync(path.join(out, 'manifest.json')));
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['index'], 'no temporary folder left behind');

    const search = await runCli(['search', '--json', '--index', out, 'gadgets']);
    assert.equal(search.code, 0, search.stderr);
    assert.equal(JSON.parse(search.stdout).hits[0].title, 'Gadgets in Space');
    assert.ok(!search.reads.some((file) => file.endsWith('.jsonl') || file.endsWith('.csv')), 'the index is not rebuilt from data');
    const stats = JSON.parse((await runCli(['stats', '--json', '--index', out])).stdout) as { total: number };
    assert.equal(stats.total, 3);
  });

  it('replaces an earlier index in the same directory', async () => {
    const out = path.join(tmp, 'index');
    await runCli(['import', '2021.jsonl', '--out', out], { files: FILES });
    const run = await runCli(['import', '2022.csv', '--out', out], { files: FILES });
    assert.equal(run.code, 0, run.stderr);
    const search = await runCli(['search', '--json', '--index', out, 'widgets']);
    assert.deepEqual(JSON.parse(search.stdout).hits, []);
    assert.deepEqual(fs.readdirSync(tmp), ['index']);
  });

  it('refuses to replace a directory that is not an index, leaving it untouched', async () => {
    fs.writeFileSync(path.join(tmp, 'thesis.tex'), 'precious');
    const run = await runCli(['import', '2021.jsonl', '--out', tmp], { files: FILES });
    assert.equal(run.code, 2);
    assert.equal(errorLines(run).length, 1, run.stderr);
    assert.match(run.stderr, /^paper-lookup: .* exists and is not a Paper Lookup index/);
    assert.deepEqual(fs.readdirSync(tmp), ['thesis.tex']);
  });

  it('writes nothing when a file is bad or usage is wrong', async () => {
    const out = path.join(tmp, 'index');
    for (const args of [
      ['import', '2021.jsonl', 'missing.jsonl', '--out', out],
      ['import', '2021.jsonl'],
      ['import', '--out', out],
      ['import', '2021.jsonl', '--out'],
    ]) {
      const run = await runCli(args, { files: FILES });
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(errorLines(run).length, 1, run.stderr);
      assert.match(run.stderr, /^paper-lookup: /);
    }
    assert.deepEqual(fs.readdirSync(tmp), []);
  });

  it('fails with one line and exit 2 for a corrupt, foreign or missing index directory', async () => {
    const corrupt = path.join(tmp, 'corrupt');
    await runCli(['import', '2021.jsonl', '--out', corrupt], { files: FILES });
    fs.writeFileSync(path.join(corrupt, 'index.bin'), '{"truncated": ');
    const foreign = path.join(tmp, 'foreign');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'manifest.json'), '{"name": "something else"}');
    const escaping = path.join(tmp, 'escaping');
    await runCli(['import', '2021.jsonl', '--out', escaping], { files: FILES });
    const manifest = JSON.parse(fs.readFileSync(path.join(escaping, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files.index = '../corrupt/index.bin';
    fs.writeFileSync(path.join(escaping, 'manifest.json'), JSON.stringify(manifest));

    for (const dir of [corrupt, foreign, escaping, path.join(tmp, 'missing')]) {
      const run = await runCli(['search', '--index', dir, 'widgets']);
      assert.equal(run.code, 2, dir);
      assert.equal(run.stdout, '');
      assert.equal(errorLines(run).length, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`^paper-lookup: cannot load the index in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    }
  });

  it('refuses --index together with --dataset', async () => {
    const run = await runCli(['search', '--index', tmp, '--dataset', 'x.jsonl', 'q']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'paper-lookup: give --dataset or --index, not both\n');
  });
});
