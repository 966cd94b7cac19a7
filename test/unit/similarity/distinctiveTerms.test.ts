import assert from 'node:assert/strict';
import { distinctiveTerms } from '../../../src/core/similarity/distinctiveTerms';

const tokenize = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** A 1,000-paper index described only by its document frequencies. */
const TOTAL_DOCS = 1000;
const DOC_FREQUENCY: Readonly<Record<string, number>> = {
  transformer: 400,
  hypernetwork: 3,
  graph: 20,
  kernel: 20,
  attention: 300,
  sparse: 50,
  learning: 900,
  unique: 1,
};
const docFrequency = (term: string): number => DOC_FREQUENCY[term] ?? 0;

describe('distinctiveTerms', () => {
  it('ranks a rare term above a common one that occurs as often', () => {
    const terms = distinctiveTerms({ title: '', abstract: 'A transformer and a hypernetwork.' }, docFrequency, TOTAL_DOCS, tokenize);
    assert.deepEqual(terms.map((term) => term.term), ['hypernetwork', 'transformer']);
    const [first, second] = terms;
    assert.ok(first && second && first.weight > second.weight);
  });

  it('ranks a title term above an abstract-only term of the same document frequency', () => {
    const terms = distinctiveTerms({ title: 'Graph models', abstract: 'We study a kernel.' }, docFrequency, TOTAL_DOCS, tokenize);
    assert.deepEqual(terms.map((term) => term.term), ['graph', 'kernel']);
  });

  it('weighs a term repeated in the abstract above one said once, but less than proportionally', () => {
    const [sparse, kernel] = distinctiveTerms(
      { title: '', abstract: 'sparse sparse sparse sparse kernel' },
      (term) => (term === 'sparse' || term === 'kernel' ? 20 : 0),
      TOTAL_DOCS,
      tokenize,
    );
    assert.ok(sparse);
    assert.ok(kernel);
    assert.equal(sparse.term, 'sparse');
    assert.ok(sparse.weight > kernel.weight && sparse.weight < 4 * kernel.weight);
  });

  it('leaves out stop words, abstract boilerplate, numbers and terms no other paper has', () => {
    const terms = distinctiveTerms(
      { title: 'We propose a novel graph method', abstract: 'In this paper the unique approach gets 42 points on graph 2023.' },
      (term) => (term === 'unique' ? 1 : 10),
      TOTAL_DOCS,
      tokenize,
    );
    assert.deepEqual(terms.map((term) => term.term), ['graph', 'gets', 'points']);
  });

  it('keeps at most the requested number of terms, the heaviest first, ties by term', () => {
    const abstract = 'alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november';
    const terms = distinctiveTerms({ title: '', abstract }, () => 10, TOTAL_DOCS, tokenize);
    assert.equal(terms.length, 12);
    assert.deepEqual(terms.slice(0, 3).map((term) => term.term), ['alpha', 'bravo', 'charlie']);
    assert.equal(distinctiveTerms({ title: '', abstract }, () => 10, TOTAL_DOCS, tokenize, { limit: 2 }).length, 2);
  });

  it('returns nothing for a paper with no indexed words', () => {
    assert.deepEqual(distinctiveTerms({ title: 'The', abstract: '' }, docFrequency, TOTAL_DOCS, tokenize), []);
  });
});
