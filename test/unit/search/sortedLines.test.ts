import assert from 'node:assert/strict';
import { SortedLines } from '../../../src/core/search/sortedLines';

describe('SortedLines', () => {
  const lines = SortedLines.of(['', 'diffus', 'diffusion', 'graph', 'über']);

  it('gives back every line by number, and finds each', () => {
    assert.deepEqual([...lines], ['', 'diffus', 'diffusion', 'graph', 'über']);
    for (const [i, line] of [...lines].entries()) assert.equal(lines.indexOf(line), i);
    assert.equal(lines.indexOf('diff'), -1);
    assert.equal(lines.indexOf('zzz'), -1);
  });

  it('finds the lines that start with a prefix', () => {
    const from = lines.lowerBound('diff');
    assert.deepEqual([from, lines.endOfPrefix('diff', from)], [1, 3]);
    assert.ok(lines.startsWith(2, 'diffusion') && !lines.startsWith(1, 'diffusion'));
  });

  it('tells no lines from one empty line by the count', () => {
    assert.deepEqual([...new SortedLines('', 0)], []);
    assert.deepEqual([...new SortedLines('', 1)], ['']);
  });

  it('refuses text that does not hold the count of sorted, unique lines', () => {
    assert.throws(() => new SortedLines('b\na', 2, 'words'), /words are not sorted and unique/);
    assert.throws(() => new SortedLines('a\na', 2, 'words'), /words are not sorted and unique/);
    assert.throws(() => new SortedLines('a\nb', 3, 'words'), /words do not number 3/);
    assert.throws(() => new SortedLines('a\nb\nc', 2, 'words'), /words do not number 2/);
  });
});
