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
    assert.throws(() => new SortedLines('ab\na', 2, 'words'), /words are not sorted and unique/, 'a line before its own prefix');
    assert.throws(() => new SortedLines('\n', 2, 'words'), /words are not sorted and unique/, 'two empty lines');
    assert.throws(() => new SortedLines('b\n', 2, 'words'), /words are not sorted and unique/, 'an empty line last');
    assert.throws(() => new SortedLines('x\n\uffff\n\ud800\udc00', 3, 'words'), /words are not sorted and unique/, 'code-unit order, as < compares strings');
    assert.deepEqual([...new SortedLines('\na\nab\nb\n\ud800\udc00\n\uffff', 6)], ['', 'a', 'ab', 'b', '\ud800\udc00', '\uffff']);
  });

  it('in lazy mode, checks the order of a block of lines when a lookup first reaches it', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${String(i).padStart(4, '0')}`);
    [words[2500], words[2501]] = [words[2501]!, words[2500]!];
    const made: string[] = [];
    const lines = new SortedLines(words.join('\n'), words.length, 'words', (problem) => {
      made.push(problem);
      return new RangeError(problem);
    });
    assert.equal(lines.at(5), 'w0005', 'a block before the disorder');
    assert.equal(lines.indexOf('w0005'), 5);
    assert.throws(() => lines.at(2100), (error) => error instanceof RangeError && error.message === 'words are not sorted and unique');
    assert.throws(() => lines.indexOf('w2999'), RangeError);
    assert.throws(() => [...lines], RangeError);
    assert.ok(made.length >= 3);
    assert.throws(() => new SortedLines('a\nb', 3, 'words', () => new RangeError('lazy')), /words do not number 3/, 'the count is checked at once');
  });

  it('accepts exactly the line lists that < sorts strictly, checking at once or lazily (random lists)', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let trial = 0; trial < 2000; trial++) {
      const lines = Array.from({ length: 1 + random(5) }, () => Array.from({ length: random(4) }, () => 'ab\u00e9\ud83d'[random(4)]).join(''));
      const strictlySorted = lines.every((line, i) => i === 0 || lines[i - 1]! < line);
      // Read whole, so the lazy mode checks every block too.
      const accepts = (make: () => SortedLines): boolean => {
        try {
          return [...make()].join('\n') === lines.join('\n');
        } catch {
          return false;
        }
      };
      assert.equal(accepts(() => new SortedLines(lines.join('\n'), lines.length)), strictlySorted, JSON.stringify(lines));
      assert.equal(accepts(() => new SortedLines(lines.join('\n'), lines.length, 'lines', (problem) => new Error(problem))), strictlySorted, `lazy: ${JSON.stringify(lines)}`);
    }
  });
});
