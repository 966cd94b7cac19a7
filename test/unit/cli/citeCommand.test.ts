import assert from 'node:assert/strict';
import { ESD_ENTRY, ESD_ROW } from '../citations/paperFixture';
import { errorLines, row, runCli } from './fakeCliIo';

const SUBSPACE_KEY = 'subspaceRegularizers2022';

/** The ESD paper as the bundled corpus has it, in a dataset of its own. */
const ESD_FILE = 'esd.jsonl';
const esd = (args: string[]) => runCli(['cite', '--dataset', ESD_FILE, ...args], { files: { [ESD_FILE]: ESD_ROW } });

describe('paper-lookup cite', () => {
  it('prints a BibTeX entry for the best match of a query, naming the match on stderr', async () => {
    const run = await runCli(['cite', 'subspace', 'regularizers', 'incremental']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`^@inproceedings\\{${SUBSPACE_KEY},$`, 'm'));
    assert.match(run.stdout, /title = \{Subspace Regularizers for Few-Shot Class Incremental Learning\}/);
    assert.match(run.stdout, /year = \{2022\}/);
    assert.match(run.stderr, /^Citing the best match: Subspace Regularizers .* \(ICLR 2022\)\n$/);
  });

  it('refuses a query whose words are not all in one title, exit 1, naming the closest papers and their ids', async () => {
    // The bundled sample has no BERT paper; its best loose match shares one word and must not be printed.
    const run = await runCli(['cite', '--format', 'latex', 'bert pretraining deep bidirectional transformers']);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const [line] = errorLines(run);
    assert.match(line ?? '', /^paper-lookup: cite: no paper has every word of 'bert pretraining deep bidirectional transformers' in its title; closest: .+ \(iclr20\d\d-[a-z0-9-]+\)/);
    assert.equal(errorLines(run).length, 1);
  });

  it('still finds a title from a misspelt word and a word being typed', async () => {
    const run = await runCli(['cite', '--format', 'latex', 'subspce regularizers few-sh']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `\\cite{${SUBSPACE_KEY}}\n`);
  });

  it('cites by citation key or paper id without a note', async () => {
    const byKey = await runCli(['cite', SUBSPACE_KEY]);
    assert.equal(byKey.stderr, '');
    const search = await runCli(['search', '--json', 'subspace regularizers incremental']);
    const id = (JSON.parse(search.stdout) as { hits: { id: string }[] }).hits[0]?.id ?? '';
    assert.match(id, /^iclr2022-subspace-regularizers-/);
    const byId = await runCli(['cite', id]);
    assert.equal(byId.stderr, '');
    assert.equal(byId.stdout, byKey.stdout);
  });

  it('prints \\cite{key} for latex and [@key] for markdown', async () => {
    assert.equal((await runCli(['cite', '--format', 'latex', SUBSPACE_KEY])).stdout, `\\cite{${SUBSPACE_KEY}}\n`);
    assert.equal((await runCli(['cite', '--format=markdown', SUBSPACE_KEY])).stdout, `[@${SUBSPACE_KEY}]\n`);
  });

  it('marks a rejected paper as submitted, not published', async () => {
    const file = 'r.jsonl';
    const run = await runCli(['cite', '--dataset', file, 'widgets'], { files: { [file]: row('Widgets & 100% $\\alpha$', 'w', 'ICLR.cc/2021/Conference', 'Reject') } });
    assert.match(run.stdout, /^@misc\{widgets2021,$/m);
    assert.match(run.stdout, /howpublished = \{Submitted to ICLR 2021, rejected\}/i);
    assert.match(run.stdout, /Widgets \\& 100\\% \{\$\\alpha\$\}/);
  });

  it("prints OpenReview's entry and key for a paper with authors and an id", async () => {
    const run = await esd(['expected', 'squared', 'difference']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${ESD_ENTRY}\n`);
  });

  it('names the proceedings in the style --booktitle asks for', async () => {
    const dblp = await esd(['--booktitle', 'dblp', 'yoon2023esd']);
    assert.match(dblp.stdout, /^ {2}booktitle = \{The Eleventh International Conference on Learning Representations, \{ICLR\} 2023, Kigali, Rwanda, May 1-5, 2023\},\n {2}publisher = \{OpenReview\.net\},$/m);
    assert.match((await esd(['--booktitle=short', 'yoon2023esd'])).stdout, /^ {2}booktitle = \{International Conference on Learning Representations\},$/m);
    assert.equal((await esd(['--booktitle', 'openreview', 'yoon2023esd'])).stdout, `${ESD_ENTRY}\n`);
  });

  it('finds a key in any case, as BibTeX does, and prints it as it is', async () => {
    const run = await esd(['--format', 'latex', 'YOON2023ESD']);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '\\cite{yoon2023esd}\n');
  });

  it('refuses a query with no word to look for in a title: nothing printed, exit 1', async () => {
    for (const args of [['--', '-graph'], ['year:2022'], ['decision:oral'], ['--', '-year:2020', '-graph'], ['abstract:regularizers'], ['the', 'of']]) {
      const run = await runCli(['cite', ...args]);
      assert.equal(run.code, 1, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
      assert.deepEqual(errorLines(run).length, 1);
      assert.match(run.stderr, /^paper-lookup: cite: '.*' has no word to look for in a title/);
    }
  });

  it('looks for +words and quoted phrases in titles too, never in abstracts alone', async () => {
    const file = 'two.jsonl';
    const files = { [file]: [row('Graph Networks', 'Widgets everywhere.'), row('Widget Theory', 'No graphs here.')].join('\n') };
    const plus = await runCli(['cite', '--dataset', file, '--format', 'latex', '+widgets'], { files });
    assert.equal(plus.stdout, '\\cite{widgetTheory2022}\n');
    const phrase = await runCli(['cite', '--dataset', file, '--format', 'latex', '"graph networks"'], { files });
    assert.equal(phrase.stdout, '\\cite{graphNetworks2022}\n');
    const abstractOnly = await runCli(['cite', '--dataset', file, '+everywhere'], { files });
    assert.equal(abstractOnly.code, 1);
    assert.equal(abstractOnly.stdout, '');
  });

  it('fails with one line: exit 1 when nothing matches, exit 2 for bad usage', async () => {
    const none = await runCli(['cite', 'zzzzqqqq']);
    assert.equal(none.code, 1);
    assert.equal(none.stdout, '');
    assert.deepEqual(errorLines(none), ["paper-lookup: cite: no paper has every word of 'zzzzqqqq' in its title"]);
    for (const args of [['cite'], ['cite', '--format', 'rtf', 'x'], ['cite', '--booktitle', 'long', 'x']]) {
      const run = await runCli(args);
      assert.equal(run.code, 2);
      assert.equal(errorLines(run).length, 1);
      assert.match(run.stderr, /^paper-lookup: cite: /);
    }
  });
});
