import assert from 'node:assert/strict';
import { bibtexEntry } from '../../../src/core/citations/bibtexEntry';
import { planBibAppend } from '../../../src/core/citations/planBibAppend';
import { makePaper } from '../makePaper';
import { loadBibtexParser } from './paperFixture';

const paper = makePaper({ title: 'Subspace Regularizers for Few-Shot Class Incremental Learning', year: 2022 });
const KEY = 'subspaceRegularizers2022';
const entry = bibtexEntry(paper, KEY, { booktitleStyle: 'short', includeAbstract: false });

describe('planBibAppend', () => {
  it('appends to an empty file without a leading blank line', () => {
    assert.deepEqual(planBibAppend('', entry, KEY, paper), { action: 'append', key: KEY, text: `${entry}\n` });
  });

  it('separates the new entry from the last one by exactly one blank line', () => {
    const existing = '@misc{a, title = {A}}';
    assert.equal(planBibAppend(existing, entry, KEY, paper).action, 'append');
    for (const [text, separator] of [[existing, '\n\n'], [`${existing}\n`, '\n'], [`${existing}\n\n`, '']] as const) {
      const plan = planBibAppend(text, entry, KEY, paper);
      assert.ok(plan.action === 'append' && plan.text === `${separator}${entry}\n`, JSON.stringify(text));
    }
  });

  it('keeps CRLF line endings in a CRLF file', () => {
    const plan = planBibAppend('@misc{a,\r\n  title = {A}\r\n}\r\n', entry, KEY, paper);
    assert.ok(plan.action === 'append');
    assert.equal(plan.text, `\r\n${entry.replace(/\n/g, '\r\n')}\r\n`);
    assert.doesNotMatch(plan.text.replace(/\r\n/g, ''), /[\r\n]/);
  });

  it('cites the existing entry when the key is already there for this paper', () => {
    const bib = `${entry}\n`;
    assert.deepEqual(planBibAppend(bib, entry, KEY, paper), { action: 'existing', key: KEY, reason: 'same-key' });
    const otherCase = bib.replace(KEY, 'SubspaceRegularizers2022');
    assert.deepEqual(planBibAppend(otherCase, entry, KEY, paper), { action: 'existing', key: 'SubspaceRegularizers2022', reason: 'same-key' });
  });

  it('cites the key the file already uses for the same title and year', () => {
    const bib = '@inproceedings{akyurek2022subspace,\n  title = {Subspace Regularizers for Few-shot Class Incremental Learning},\n  year = {2022}\n}\n';
    assert.deepEqual(planBibAppend(bib, entry, KEY, paper), { action: 'existing', key: 'akyurek2022subspace', reason: 'same-title' });
  });

  it('takes the preprint of the year before for this paper, but not a same-titled paper years apart', () => {
    const preprint = '@article{akyurek2021arxiv, title = {Subspace Regularizers for Few-Shot Class Incremental Learning}, journal = {arXiv}, year = {2021}}\n';
    assert.deepEqual(planBibAppend(preprint, entry, KEY, paper), { action: 'existing', key: 'akyurek2021arxiv', reason: 'same-title' });
    const older = '@misc{older, title = {Subspace Regularizers for Few-Shot Class Incremental Learning}, year = {2018}}\n';
    assert.equal(planBibAppend(older, entry, KEY, paper).action, 'append');
  });

  it('appends under a new key when the file uses this key for a different paper', async () => {
    const bib = `@misc{${KEY}, title = {Something Else Entirely}}\n@misc{${KEY}b, title = {Another}}\n`;
    const plan = planBibAppend(bib, entry, KEY, paper);
    assert.ok(plan.action === 'append');
    assert.equal(plan.key, `${KEY}c`);
    const { parse } = await loadBibtexParser();
    assert.deepEqual(parse(bib + plan.text).entries.map((parsed) => parsed.key), [KEY, `${KEY}b`, `${KEY}c`]);
  });

  it('never appends a key that equals, ignoring case, the key of another work in the file', () => {
    const bib = `@misc{${KEY.toUpperCase()}, title = {Something Else Entirely}}\n`;
    const plan = planBibAppend(bib, entry, KEY, paper);
    assert.ok(plan.action === 'append');
    assert.equal(plan.key, `${KEY}b`);
    assert.ok(plan.text.includes(`@inproceedings{${KEY}b,`));
  });

  it('reuses the key the file has for this paper, in its own case, and never renames it', () => {
    for (const existing of [KEY, 'SUBSPACEregularizers2022', 'akyurek2022subspace']) {
      const bib = `@inproceedings{${existing},\n  title = {Subspace {R}egularizers for Few-Shot Class Incremental Learning},\n  year = {2022}\n}\n`;
      const plan = planBibAppend(bib, entry, KEY, paper);
      assert.deepEqual(plan, { action: 'existing', key: existing, reason: existing.toLowerCase() === KEY.toLowerCase() ? 'same-key' : 'same-title' });
    }
  });

  it('still appends to a file that does not parse, with a warning, leaving the file as it was', () => {
    const bib = '@misc{broken, title = {Never closed\n';
    const plan = planBibAppend(bib, entry, KEY, paper);
    assert.ok(plan.action === 'append');
    assert.match(plan.warning ?? '', /not closed/);
    assert.ok(plan.text.endsWith(`${entry}\n`));
  });
});
