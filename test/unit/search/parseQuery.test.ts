import assert from 'node:assert/strict';
import { MAX_QUERY_WORDS, parseQuery } from '../../../src/core/search/parseQuery';

const words = (input: string): string[] => parseQuery(input).words.map((word) => `${word.presence === 'required' ? '+' : word.presence === 'excluded' ? '-' : ''}${word.fields.length ? `${word.fields.join(',')}:` : ''}${word.text}${word.prefix ? '*' : ''}`);

describe('parseQuery', () => {
  it('marks the last word as a prefix only while it is being typed', () => {
    assert.deepEqual(words('graph neur'), ['graph', 'neur*']);
    assert.deepEqual(words('graph neur '), ['graph', 'neur']);
  });

  it('reads +required, -excluded and quoted phrases as required words', () => {
    assert.deepEqual(words('+graph -attention "neural networks" done'), ['+graph', '-attention', '+neural', '+networks', 'done*']);
  });

  it('splits hyphenated words like the index does', () => {
    assert.deepEqual(words('out-of-distribution '), ['out', 'of', 'distribution']);
  });

  it('scopes title: and abstract: words to their field and requires them', () => {
    assert.deepEqual(words('title:diffusion abstract:"noise prior" -title:gan x'), ['+title:diffusion', '+abstract:noise', '+abstract:prior', '-title:gan', 'x*']);
  });

  it('parses single years, ranges, comparisons and lists', () => {
    assert.deepEqual(parseQuery('year:2021').years, [{ from: 2021, to: 2021 }]);
    assert.deepEqual(parseQuery('year:2019..2021').years, [{ from: 2019, to: 2021 }]);
    assert.deepEqual(parseQuery('year:2021..2019').years, [{ from: 2019, to: 2021 }]);
    assert.deepEqual(parseQuery('year:>=2020').years, [{ from: 2020, to: Infinity }]);
    assert.deepEqual(parseQuery('year:<2020').years, [{ from: -Infinity, to: 2019 }]);
    assert.deepEqual(parseQuery('year:2018,2020').years, [
      { from: 2018, to: 2018 },
      { from: 2020, to: 2020 },
    ]);
  });

  it('maps decision names and aliases to tiers', () => {
    assert.deepEqual(parseQuery('decision:oral').tiers, ['oral']);
    assert.deepEqual(parseQuery('decision:accepted').tiers, ['oral', 'spotlight', 'poster']);
    assert.deepEqual(parseQuery('decision:rejected decision:desk-rejected').tiers, ['reject', 'desk-rejected']);
    assert.deepEqual(parseQuery('decision:Withdrawn,workshop').tiers, ['withdrawn', 'workshop']);
  });

  it('reads venue: case-insensitively', () => {
    assert.deepEqual(parseQuery('venue:ICLR').venues, ['iclr']);
  });

  it('ignores a bad filter value with a hint', () => {
    const query = parseQuery('year:abc graph');
    assert.deepEqual(query.years, []);
    assert.match(query.hints.join(), /year:abc/);
    assert.match(parseQuery('decision:great').hints.join(), /decision:great/);
  });

  it('treats an unknown filter as words and explains the known ones', () => {
    const query = parseQuery('foo:bar graph');
    assert.deepEqual(words('foo:bar graph'), ['foo', 'bar', 'graph*']);
    assert.match(query.hints.join(), /Unknown filter foo: — try year:, decision:/);
  });

  it('reads a pasted title with a colon as words, without a hint', () => {
    const query = parseQuery('BERT: Pre-training of Deep Bidirectional Transformers');
    assert.deepEqual(query.words.slice(0, 3).map((word) => word.text), ['bert', 'pre', 'training']);
    assert.deepEqual(query.hints, []);
  });

  it('says nothing about a filter name still being typed, but flags an empty one mid-query', () => {
    assert.deepEqual(parseQuery('graph title:').hints, []);
    assert.match(parseQuery('year: graph').hints.join(), /year: needs a value/);
  });

  it('caps the number of words and says so', () => {
    const query = parseQuery(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '));
    assert.equal(query.words.length, MAX_QUERY_WORDS);
    assert.match(query.hints.join(), /first 32 words/);
  });

  it('gives an empty query for blank or operator-only input', () => {
    for (const input of ['', '   ', '+', '-', '""', '+-+-']) assert.deepEqual(parseQuery(input).words, [], input);
  });
});
