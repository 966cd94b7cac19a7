import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
    assert.equal((JSON.parse(search.stdout) as { hits: { title: string }[] }).hits[0]?.title, 'Gadgets in Space');
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
    assert.deepEqual((JSON.parse(search.stdout) as { hits: unknown[] }).hits, []);
    assert.deepEqual(fs.readdirSync(tmp), ['index']);
  });

  it('refuses to replace a directory that is not an index, leaving it untouched', async () => {
    fs.writeFileSync(path.join(tmp, 'thesis.tex'), 'precious');
    const run = await runCli(['import', '2021.jsonl', '--out', tmp], { files: FILES });
    assert.equal(run.code, 2);
    assert.equal(errorLines(run).length, 1, run.stderr);
    assert.match(run.stderr, /^paper-lookup: .* is not empty and holds no Paper Lookup index; .*nothing was changed/);
    assert.deepEqual(fs.readdirSync(tmp), ['thesis.tex']);
  });

  it("refuses a project whose manifest.json is someone else's (a web app's), deleting nothing", async () => {
    fs.mkdirSync(path.join(tmp, 'src'));
    fs.writeFileSync(path.join(tmp, 'src', 'app.js'), 'code');
    fs.writeFileSync(path.join(tmp, 'manifest.json'), '{"name":"pwa"}');
    fs.writeFileSync(path.join(tmp, 'thesis.tex'), 'precious');
    const run = await runCli(['import', '2021.jsonl', '--out', tmp], { files: FILES });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /holds no Paper Lookup index/);
    assert.deepEqual(fs.readdirSync(tmp).sort(), ['manifest.json', 'src', 'thesis.tex']);
    assert.equal(fs.readFileSync(path.join(tmp, 'thesis.tex'), 'utf8'), 'precious');
    assert.equal(fs.readFileSync(path.join(tmp, 'manifest.json'), 'utf8'), '{"name":"pwa"}');
    assert.deepEqual(fs.readdirSync(path.join(tmp, 'src')), ['app.js']);
  });

  it('replacing an index deletes only the index file it wrote: a file the user put beside it stays', async () => {
    const out = path.join(tmp, 'index');
    await runCli(['import', '2021.jsonl', '--out', out], { files: FILES });
    fs.writeFileSync(path.join(out, 'NOTES.md'), 'mine');
    const before = fs.readdirSync(out).sort();
    await runCli(['import', '2022.csv', '--out', out], { files: FILES });
    const after = fs.readdirSync(out).sort();
    assert.equal(after.length, 3, after.join(', '));
    assert.ok(after.includes('NOTES.md') && after.includes('manifest.json'));
    assert.notDeepEqual(after, before, 'the old index file is replaced by the new one');
    assert.equal(fs.readFileSync(path.join(out, 'NOTES.md'), 'utf8'), 'mine');
  });

  it('never deletes a file that a hand-edited manifest names', async () => {
    const out = path.join(tmp, 'index');
    await runCli(['import', '2021.jsonl', '--out', out], { files: FILES });
    const manifestFile = path.join(out, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { files: Record<string, string> };
    fs.writeFileSync(path.join(out, 'thesis.tex'), 'precious');
    manifest.files.index = 'thesis.tex';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const run = await runCli(['import', '2022.csv', '--out', out], { files: FILES });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'thesis.tex'), 'utf8'), 'precious');
  });

  it('writes into an empty folder reached through a symlink, keeping the link and the folder', async () => {
    const real = path.join(tmp, 'real');
    fs.mkdirSync(real, { mode: 0o750 });
    fs.chmodSync(real, 0o750);
    const link = path.join(tmp, 'link');
    fs.symlinkSync(real, link);
    const run = await runCli(['import', '2021.jsonl', '--out', link], { files: FILES });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(fs.statSync(real).mode & 0o777, 0o750, 'the folder keeps its permissions');
    assert.ok(fs.readdirSync(real).includes('manifest.json'));
    const search = await runCli(['search', '--json', '--index', link, 'widgets']);
    assert.equal((JSON.parse(search.stdout) as { hits: { title: string }[] }).hits[0]?.title, 'Widgets for Graphs');
  });

  it('refuses a folder it may not write with one clear line, leaving it empty', async function () {
    const readOnly = path.join(tmp, 'read-only');
    fs.mkdirSync(readOnly);
    // Root ignores permission bits (CI runs as root), but not the immutable attribute.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) fs.chmodSync(readOnly, 0o555);
    else if (spawnSync('chattr', ['+i', readOnly]).status !== 0) this.skip();
    try {
      const run = await runCli(['import', '2021.jsonl', '--out', readOnly], { files: FILES });
      assert.equal(run.code, 2);
      assert.equal(errorLines(run).length, 1, run.stderr);
      assert.match(run.stderr, /^paper-lookup: cannot write the index to .*read-only: .*(permission denied|operation not permitted)/i);
      assert.deepEqual(fs.readdirSync(readOnly), []);
    } finally {
      if (asRoot) spawnSync('chattr', ['-i', readOnly]);
      else fs.chmodSync(readOnly, 0o755);
    }
  });

  it('refuses a second import into a folder another import is writing, with exit 2 and one line', async () => {
    const out = path.join(tmp, 'index');
    fs.mkdirSync(out);
    // The lock an import holds while it writes, taken by a process that is alive (this one).
    fs.writeFileSync(path.join(out, '.paper-lookup-import.lock'), String(process.pid));
    const run = await runCli(['import', '2021.jsonl', '--out', out], { files: FILES });
    assert.equal(run.code, 2);
    assert.equal(errorLines(run).length, 1, run.stderr);
    assert.match(run.stderr, /another paper-lookup import is writing to /);
    assert.deepEqual(fs.readdirSync(out), ['.paper-lookup-import.lock']);
  });

  it('takes over the lock of an import that was killed', async () => {
    const out = path.join(tmp, 'index');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, '.paper-lookup-import.lock'), '999999999');
    const run = await runCli(['import', '2021.jsonl', '--out', out], { files: FILES });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!fs.readdirSync(out).includes('.paper-lookup-import.lock'), 'the lock is released');
  });

  it('six imports into one folder at once: each succeeds or refuses cleanly, and the folder holds one whole index', async () => {
    const out = path.join(tmp, 'index');
    const runs = await Promise.all(Array.from({ length: 6 }, (_, i) => runCli(['import', i % 2 === 0 ? '2021.jsonl' : '2022.csv', '--out', out], { files: FILES })));
    for (const run of runs) {
      assert.ok(run.code === 0 || (run.code === 2 && /another paper-lookup import is writing/.test(run.stderr)), run.stderr);
    }
    assert.ok(runs.some((run) => run.code === 0));
    assert.equal(fs.readdirSync(out).length, 2, fs.readdirSync(out).join(', '));
    const search = await runCli(['search', '--json', '--index', out, 'paper']);
    assert.equal(search.code, 0, search.stderr);
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
    const indexFile = fs.readdirSync(corrupt).find((name) => name.endsWith('.bin'))!;
    fs.writeFileSync(path.join(corrupt, indexFile), '{"truncated": ');
    const foreign = path.join(tmp, 'foreign');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'manifest.json'), '{"name": "something else"}');
    const escaping = path.join(tmp, 'escaping');
    await runCli(['import', '2021.jsonl', '--out', escaping], { files: FILES });
    const manifest = JSON.parse(fs.readFileSync(path.join(escaping, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files.index = `../corrupt/${indexFile}`;
    fs.writeFileSync(path.join(escaping, 'manifest.json'), JSON.stringify(manifest));

    for (const dir of [corrupt, foreign, escaping, path.join(tmp, 'missing')]) {
      const run = await runCli(['search', '--index', dir, 'widgets']);
      assert.equal(run.code, 2, dir);
      assert.equal(run.stdout, '');
      assert.equal(errorLines(run).length, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`^paper-lookup: cannot load the index in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    }
  });

  it('fails with one line naming the index and exit 2 when a search reads a damaged block, and a command that does not read it still answers', async () => {
    // Large enough that the postings of `zebra` lie beyond what loading reads.
    const rows = Array.from({ length: 1500 }, (_, i) => row(`Paper ${i} on ${i === 1499 ? 'zebras' : 'widgets'}`, `abstract ${i} ${'of some length '.repeat(30)}`));
    const out = path.join(tmp, 'index');
    assert.equal((await runCli(['import', 'big.jsonl', '--out', out], { files: { 'big.jsonl': rows.join('\n') } })).code, 0);
    const indexFile = path.join(out, fs.readdirSync(out).find((name) => name.endsWith('.bin'))!);
    const { chunks } = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { chunks: Record<string, [number, number]> };
    const bytes = fs.readFileSync(indexFile);
    // The last paper's block of details: its title is what a search for `zebras` prints.
    const [start, length] = chunks.paperDetails!;
    bytes[start + length - 10]! ^= 1;
    fs.writeFileSync(indexFile, bytes);

    const run = await runCli(['search', '--index', out, 'zebras']);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(errorLines(run).length, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`^paper-lookup: Search index file index-[0-9a-f]+\\.bin in ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is corrupt \\(block \\d+ fails its checksum\\); rebuild the index\n$`));
    // Counting papers by venue and decision reads only what loading checked.
    const stats = await runCli(['stats', '--json', '--index', out]);
    assert.equal(stats.code, 0, stats.stderr);
    assert.equal((JSON.parse(stats.stdout) as { total: number }).total, 1500);
  });

  it('refuses --index together with --dataset', async () => {
    const run = await runCli(['search', '--index', tmp, '--dataset', 'x.jsonl', 'q']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'paper-lookup: give --dataset or --index, not both\n');
  });
});
