import assert from 'node:assert/strict';
import { citationKeys } from '../../../src/core/citations/citationKeys';
import type { Paper } from '../../../src/core/dataset/paper';
import { DEFAULT_KEY_FORMAT, parseKeyFormat } from '../../../src/core/citations/parseKeyFormat';
import { makePaper } from '../makePaper';
import { corpusPapers, samplePapers } from './paperFixture';

const KEY = /^[A-Za-z][A-Za-z0-9_:-]*$/;

/** A deterministic shuffle, so a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!]; // j <= i < out.length
  }
  return out;
}

const clashing: Paper[] = [
  makePaper({ id: 'p1', title: 'Meta-Learning Representations for Continual Learning' }),
  makePaper({ id: 'p2', title: 'Meta-Learning Representations with Implicit Gradients' }),
  makePaper({ id: 'p3', title: 'Meta-Learning for Everyone' }),
  makePaper({ id: 'p4', title: 'Withdrawn' }),
  makePaper({ id: 'p5', title: 'Withdrawn' }),
  makePaper({ id: 'p6', title: 'Graph Attention Networks' }),
];

describe('citationKeys', () => {
  it('gives every paper of the bundled sample a unique, valid key', () => {
    const papers = samplePapers();
    const keys = citationKeys(papers, DEFAULT_KEY_FORMAT);
    assert.equal(keys.size, papers.length);
    assert.equal(new Set(keys.values()).size, papers.length);
    for (const value of keys.values()) assert.match(value, KEY);
    const paper = papers.find((candidate) => candidate.title.startsWith('ID and OOD Performance Are Sometimes Inversely'));
    assert.equal(paper && keys.get(paper.id), 'idOod2023');
  });

  it('keeps the readable base key for a paper no other paper shares it with', () => {
    assert.equal(citationKeys(clashing, DEFAULT_KEY_FORMAT).get('p6'), 'graphAttention2023');
  });

  it('tells clashing papers apart by letters from their ids, including duplicate placeholder titles', () => {
    const keys = citationKeys(clashing, DEFAULT_KEY_FORMAT);
    for (const id of ['p1', 'p2']) assert.match(keys.get(id) ?? '', /^metaLearningRepresentations2023[a-z]{4}$/);
    for (const id of ['p4', 'p5']) assert.match(keys.get(id) ?? '', /^withdrawn2023[a-z]{4}$/);
    assert.equal(new Set(keys.values()).size, clashing.length);
  });

  it('gives the same keys whatever the order of the papers', () => {
    const papers = [...samplePapers(), ...clashing];
    const expected = citationKeys(papers, DEFAULT_KEY_FORMAT);
    for (const seed of [1, 2, 3]) assert.deepEqual(new Map([...citationKeys(shuffled(papers, seed), DEFAULT_KEY_FORMAT)].sort()), new Map([...expected].sort()));
  });

  it('keeps every key when papers that do not clash with it are added', () => {
    const before = citationKeys(clashing, DEFAULT_KEY_FORMAT);
    const after = citationKeys([...clashing, ...samplePapers()], DEFAULT_KEY_FORMAT);
    for (const [id, value] of before) assert.equal(after.get(id), value, id);
  });

  it('keeps the keys of already clashing papers when another clashing paper is added', () => {
    const before = citationKeys(clashing, DEFAULT_KEY_FORMAT);
    const after = citationKeys([...clashing, makePaper({ id: 'p7', title: 'Meta-Learning Representations by Warped Gradients' })], DEFAULT_KEY_FORMAT);
    for (const id of ['p1', 'p2', 'p4', 'p5']) assert.equal(after.get(id), before.get(id), id);
    assert.notEqual(after.get('p7'), after.get('p1'));
  });

  it('stays unique when a suffixed key would equal another paper\'s bare key', () => {
    const format = parseKeyFormat('{title1}{title2}');
    assert.ok(format.ok);
    const papers = [makePaper({ id: 'a', title: 'Graph Nets' }), makePaper({ id: 'b', title: 'Graph Nets' })];
    const first = citationKeys(papers, format.format).get('a') ?? '';
    // A third paper whose bare key is exactly the first paper's suffixed key.
    const collider = makePaper({ id: 'c', title: `${first.charAt(0).toUpperCase()}${first.slice(1)}` });
    const keys = citationKeys([...papers, collider], format.format);
    assert.equal(new Set(keys.values()).size, 3);
    for (const value of keys.values()) assert.match(value, KEY);
  });

  it('tells apart keys that differ only in case, since BibTeX compares keys ignoring case', () => {
    const papers = [makePaper({ id: 'a', title: 'Multi-Agent Reinforcement', year: 2020 }), makePaper({ id: 'b', title: 'Multiagent Reinforcement', year: 2020 })];
    const keys = citationKeys(papers, DEFAULT_KEY_FORMAT);
    assert.equal(new Set([...keys.values()].map((value) => value.toLowerCase())).size, 2, [...keys.values()].join(', '));
    for (const value of keys.values()) assert.match(value, /^multi[aA]gentReinforcement2020[a-z]{4}$/);
  });

  it('gives all 16,556 papers of the bundled corpus a valid key, unique ignoring case, and OpenReview\'s where it is free', async function () {
    this.timeout(60_000);
    const papers = await corpusPapers();
    assert.equal(papers.length, 16_556);
    const keys = citationKeys(papers, DEFAULT_KEY_FORMAT);
    assert.equal(keys.size, papers.length);
    assert.equal(new Set([...keys.values()].map((value) => value.toLowerCase())).size, papers.length);
    for (const value of keys.values()) assert.match(value, KEY);
    assert.equal(keys.get('bHW9njOSON'), 'yoon2023esd');
    assert.equal(keys.get('o_HsiMPYh_x'), 'garg2022leveraging');
    assert.equal(keys.get('ryQu7f-RZ'), 'reddi2018on');
  });

  it('gives one key to a paper listed twice', () => {
    const paper = clashing[5];
    assert.ok(paper);
    const keys = citationKeys([paper, paper], DEFAULT_KEY_FORMAT);
    assert.deepEqual([...keys], [['p6', 'graphAttention2023']]);
  });
});
