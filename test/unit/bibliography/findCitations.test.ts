import assert from 'node:assert/strict';
import { findCitations } from '../../../src/core/bibliography/findCitations';

const keysOf = (text: string, lang: 'latex' | 'markdown'): string[] => findCitations(text, lang).keys.map((key) => key.key);

describe('findCitations', () => {
  it('finds the keys of every LaTeX cite command with their offsets, ignoring comments', () => {
    const text = 'See \\citep[p.~3]{a, b} and \\textcite{c}.\n% \\cite{commented}\n\\citestyle{x} \\nocite{d}\n';
    const found = findCitations(text, 'latex');
    assert.deepEqual(found.keys.map((key) => key.key), ['a', 'b', 'c', 'd']);
    for (const key of found.keys) assert.equal(text.slice(key.start, key.end), key.key);
    assert.equal(found.citesAll, false);
  });

  it('notes \\nocite{*} and skips an unclosed cite being typed', () => {
    const found = findCitations('\\nocite{*}\n\\cite{open, ', 'latex');
    assert.deepEqual(found.keys, []);
    assert.equal(found.citesAll, true);
  });

  it('finds Pandoc keys outside code, front matter, e-mail addresses and cross-references', () => {
    const text = [
      '---',
      'author: "@notakey"',
      '---',
      'As [@smith2020, p. 3; -@doe2021] and @narrative say; mail me@example.org.',
      'See @fig:plot and `@decorator` in code.',
      '```python',
      '@property',
      '```',
      'Last [@final].',
    ].join('\n');
    assert.deepEqual(keysOf(text, 'markdown'), ['smith2020', 'doe2021', 'narrative', 'final']);
    for (const key of findCitations(text, 'markdown').keys) assert.equal(text.slice(key.start, key.end), key.key);
  });
});
