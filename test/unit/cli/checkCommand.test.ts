import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { errorLines, runCli } from './fakeCliIo';

const FIXTURES = path.resolve(__dirname, '../../fixtures/bibliography');

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
  key?: string;
  paperId?: string;
}

describe('paper-lookup check', () => {
  let dir: string;
  const at = (name: string): string => path.join(dir, name);
  const findingsOf = async (...args: string[]): Promise<{ code: number; findings: JsonFinding[] }> => {
    const run = await runCli(['check', '--json', ...args]);
    return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings };
  };
  /** 1-based line and column of the first `needle` in a fixture, as the check prints them. */
  const position = (name: string, needle: string): { line: number; column: number } => {
    const text = fs.readFileSync(at(name), 'utf8');
    const before = text.slice(0, text.indexOf(needle));
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
  };

  before(() => {
    // The fake CLI reads real files only under the OS temp dir.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-check-'));
    fs.cpSync(FIXTURES, dir, { recursive: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports undefined keys of a natbib document as errors at file:line:col, and exits 1', async () => {
    const run = await runCli(['check', at('natbib.tex')]);
    assert.equal(run.code, 1);
    const undefinedLine = run.stdout.split('\n').find((line) => line.includes('noSuchPaper1999'));
    const { line, column } = position('natbib.tex', 'noSuchPaper1999');
    assert.equal(undefinedLine, `${at('natbib.tex')}:${line}:${column}: error: noSuchPaper1999 is not defined in ${at('refs.bib')}.`);
    assert.doesNotMatch(run.stdout, /commentedOut/);
    assert.match(run.stderr, /natbib\.tex: 2 errors, \d+ warnings, \d+ notes\n$/);
  });

  it('names the dataset paper an undefined key most likely means', async () => {
    const { findings } = await findingsOf(at('natbib.tex'));
    const subspace = findings.find((finding) => finding.key === 'subspaceRegularizers2022');
    assert.equal(subspace?.code, 'undefined-key');
    assert.match(subspace?.message ?? '', /The dataset has "Subspace Regularizers for Few-Shot Class Incremental Learning" \(ICLR 2022\) for it\./);
    const search = await runCli(['search', '--json', 'subspace regularizers few-shot class incremental']);
    assert.equal(subspace?.paperId, (JSON.parse(search.stdout) as { hits: { id: string }[] }).hits[0]?.id);
    assert.equal(findings.find((finding) => finding.key === 'noSuchPaper1999')?.paperId, undefined);
  });

  it('checks the .bib against the decisions: a rejected paper typed as published, an accepted one cited as a preprint', async () => {
    const { findings } = await findingsOf(at('natbib.tex'));
    const rejected = findings.find((finding) => finding.code === 'rejected-as-published');
    assert.equal(rejected?.key, 'peng2021awr');
    assert.equal(rejected?.severity, 'warning');
    assert.deepEqual({ line: rejected?.line, column: rejected?.column }, position('refs.bib', 'peng2021awr'));
    assert.match(rejected?.message ?? '', /records the paper as submitted to ICLR 2021, rejected/);
    const preprints = findings.filter((finding) => finding.code === 'preprint-of-accepted').map((finding) => [finding.key, finding.message]);
    assert.deepEqual(preprints, [
      ['wang2018glue', 'wang2018glue cites the arXiv preprint of a paper accepted at ICLR 2019.'],
      ['rhinehart2019imitative', 'rhinehart2019imitative cites the arXiv preprint of a paper accepted at ICLR 2020.'],
    ]);
  });

  it('finds two entries of one paper by title a year apart and by DOI, at the later entry', async () => {
    const { findings } = await findingsOf(at('natbib.tex'));
    const same = findings.filter((finding) => finding.code === 'same-work').map((finding) => finding.message);
    assert.deepEqual(same, [
      'wang2018glue and glue2019 are the same paper (the same title, a year apart at most).',
      'doe2020b and doe2020a are the same paper (the same DOI).',
    ]);
  });

  it('reads biblatex, Pandoc and % !TEX root projects', async () => {
    const undefinedKeys = async (file: string): Promise<string[]> =>
      (await findingsOf(at(file))).findings.filter((finding) => finding.code === 'undefined-key').map((finding) => finding.key ?? '');
    assert.deepEqual(await undefinedKeys('biblatex.tex'), ['missingBiblatex']);
    assert.deepEqual(await undefinedKeys('notes.md'), ['missingMarkdown']);
    assert.deepEqual(await undefinedKeys('project/chapters/intro.tex'), ['missingInChapter']);
  });

  it('exits 0 when only warnings are found, and --bib replaces the named files', async () => {
    const clean = await runCli(['check', at('clean.tex')]);
    assert.equal(clean.code, 0, clean.stdout);
    assert.match(clean.stdout, /warning: /);
    const other = await runCli(['check', at('clean.tex'), '--bib', at('broken.bib'), '--bib', at('refs.bib')]);
    assert.equal(other.code, 1, 'broken.bib does not parse');
  });

  it('reports a .bib that does not parse with its line, still reading the entries after it', async () => {
    const { code, findings } = await findingsOf(at('broken.tex'));
    assert.equal(code, 1);
    assert.deepEqual(findings.map((finding) => [finding.code, finding.line, finding.message]), [
      ['bib-problem', 5, 'The @misc entry on line 5 is not closed.'],
    ]);
  });

  it('lists uncited entries as hints only with --uncited', async () => {
    assert.equal((await findingsOf(at('clean.tex'))).findings.filter((finding) => finding.code === 'uncited-entry').length, 0);
    const hints = (await findingsOf(at('clean.tex'), '--uncited')).findings.filter((finding) => finding.code === 'uncited-entry');
    assert.ok(hints.some((finding) => finding.key === 'peng2021awr'));
    assert.ok(!hints.some((finding) => finding.key === 'glue2019' || finding.key === 'proceedings2021'));
  });

  it('exits 2 with one line for bad usage or an unreadable document', async () => {
    for (const args of [['check'], ['check', at('refs.bib')], ['check', at('missing.tex')], ['check', at('clean.tex'), at('natbib.tex')], ['check', '--bogus', at('clean.tex')]]) {
      const run = await runCli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(errorLines(run).length, 1);
      assert.match(run.stderr, /^paper-lookup: /);
    }
  });

  it('reports a named .bib that cannot be read as an error', async () => {
    fs.writeFileSync(at('gone.tex'), '\\cite{a}\n\\bibliography{gone}\n');
    const run = await runCli(['check', at('gone.tex')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /gone\.bib cannot be read/);
  });
});
