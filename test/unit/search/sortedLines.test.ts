import assert from 'node:assert/strict';
import { LineBlocks, LINES_PER_BLOCK } from '../../../src/core/search/lineBlocks';
import { SortedLines } from '../../../src/core/search/sortedLines';

/** Lines as an index file stores them, in any order: what a damaged or foreign file may hold. */
function stored(lines: readonly string[], damaged: (problem: string) => Error = (problem) => new RangeError(problem), edit?: (bytes: Uint8Array) => Uint8Array): SortedLines {
  const { text, blockStarts } = LineBlocks.of(lines).encode();
  const bytes = edit ? edit(text) : text;
  const blockKeys = lines.filter((_, i) => i % LINES_PER_BLOCK === 0).join('\n');
  return SortedLines.stored(lines.length, { blockStarts, blockKeys, length: bytes.length, read: (start, end) => bytes.subarray(start, end) }, 'words', damaged);
}

const numbered = (count: number): string[] => Array.from({ length: count }, (_, i) => `w${String(i).padStart(5, '0')}`);

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

  it('tells no lines from one empty line by the count, in memory and stored', () => {
    assert.deepEqual([...SortedLines.of([])], []);
    assert.deepEqual([...SortedLines.of([''])], ['']);
    assert.deepEqual([...stored([])], []);
    assert.deepEqual([...stored([''])], ['']);
  });

  it('refuses lines that are not sorted and unique, in code-unit order as < compares strings', () => {
    for (const words of [['b', 'a'], ['a', 'a'], ['ab', 'a'], ['', ''], ['b', ''], ['x', '\uffff', '\ud800\udc00']]) {
      assert.throws(() => SortedLines.of(words, 'words'), /words are not sorted and unique/, JSON.stringify(words));
      assert.throws(() => [...stored(words)], /words are not sorted and unique/, `stored: ${JSON.stringify(words)}`);
    }
    assert.deepEqual([...SortedLines.of(['', 'a', 'ab', 'b', '\ud800\udc00', '\uffff'])], ['', 'a', 'ab', 'b', '\ud800\udc00', '\uffff']);
  });

  it('answers every lookup as a search of the whole list does, across blocks (random lists)', () => {
    let seed = 11;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const word = (): string => Array.from({ length: 1 + random(5) }, () => 'abcé'[random(4)]).join('');
    for (const size of [1, 2, LINES_PER_BLOCK - 1, LINES_PER_BLOCK, LINES_PER_BLOCK + 1, 3 * LINES_PER_BLOCK + 7]) {
      const words = [...new Set(Array.from({ length: size * 3 }, word))].sort().slice(0, size);
      for (const sorted of [SortedLines.of(words), stored(words)]) {
        assert.deepEqual([...sorted], words);
        for (let probe = 0; probe < 200; probe++) {
          const key = word().slice(0, 1 + random(3));
          const from = random(words.length + 1);
          const lowerBound = words.findIndex((line) => !(line < key));
          const expectedLower = Math.max(from, lowerBound < 0 ? words.length : lowerBound);
          assert.equal(sorted.lowerBound(key, from), expectedLower, `lowerBound ${key} from ${from}`);
          const end = words.findIndex((line) => !line.startsWith(key) && !(line < key));
          assert.equal(sorted.endOfPrefix(key, from), Math.max(from, end < 0 ? words.length : end), `endOfPrefix ${key}`);
          assert.equal(sorted.indexOf(key), words.indexOf(key), `indexOf ${key}`);
          const at = random(words.length);
          assert.equal(sorted.startsWith(at, key), words[at]!.startsWith(key));
        }
      }
    }
  });

  it('stored, checks the order of a block when a lookup first reaches it', () => {
    const words = numbered(3000);
    [words[2500], words[2501]] = [words[2501]!, words[2500]!];
    const made: string[] = [];
    const lines = stored(words, (problem) => {
      made.push(problem);
      return new RangeError(problem);
    });
    assert.equal(lines.at(5), 'w00005', 'a block before the disorder');
    assert.equal(lines.indexOf('w00005'), 5);
    assert.throws(() => lines.at(2100), (error) => error instanceof RangeError && error.message === 'words are not sorted and unique');
    assert.throws(() => lines.indexOf('w02999'), RangeError);
    assert.throws(() => [...lines], RangeError);
    assert.ok(made.length >= 3);
  });

  it('stored, refuses a block that does not fit its neighbours or its count of lines', () => {
    const words = numbered(2 * LINES_PER_BLOCK + 10);
    const expectDamage = (lines: SortedLines, pattern: RegExp, what: string): void => assert.throws(() => [...lines], (error) => error instanceof RangeError && pattern.test(error.message), what);
    // A newline turned into a letter: the block holds one line fewer.
    const newline = (bytes: Uint8Array): number => bytes.indexOf(10, 100);
    expectDamage(stored(words, undefined, (bytes) => bytes.map((byte, i) => (i === newline(bytes) ? 120 : byte))), /words: block 0 holds 1023 lines, not 1024/, 'a lost newline');
    expectDamage(stored(words, undefined, (bytes) => bytes.map((byte, i) => (i === 50 ? 10 : byte))), /words: block 0 holds more than 1024 lines/, 'an extra newline');
    // A block's last word after the next block's first: each block is sorted, the whole is not.
    const overlap = [...words];
    overlap[LINES_PER_BLOCK - 1] = 'w99999';
    expectDamage(stored(overlap), /words are not sorted and unique/, 'a block overlapping the next');
    assert.throws(
      () => SortedLines.stored(3, { blockStarts: new Uint32Array([0]), blockKeys: 'a\nb', length: 5, read: () => new Uint8Array(0) }, 'words', (problem) => new RangeError(problem)),
      /words have 2 block keys for 1 blocks/,
    );
    const keys = numbered(3 * LINES_PER_BLOCK);
    assert.throws(
      () => SortedLines.stored(keys.length, { blockStarts: new Uint32Array([0, 10, 20]), blockKeys: [keys[0], keys[2048], keys[1024]].join('\n'), length: 30, read: () => new Uint8Array(0) }, 'words', (problem) => new RangeError(problem)),
      /words are not sorted and unique/,
      'block keys out of order are refused at once',
    );
  });

  it('accepts exactly the line lists that < sorts strictly, in memory and stored (random lists)', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let trial = 0; trial < 2000; trial++) {
      const lines = Array.from({ length: 1 + random(5) }, () => Array.from({ length: random(4) }, () => ['a', 'b', 'é', '\u{1f600}', '\uffff'][random(5)]).join(''));
      const strictlySorted = lines.every((line, i) => i === 0 || lines[i - 1]! < line);
      // Read whole, so the stored lines check every block too.
      const accepts = (make: () => SortedLines): boolean => {
        try {
          return [...make()].join('\n') === lines.join('\n');
        } catch {
          return false;
        }
      };
      assert.equal(accepts(() => SortedLines.of(lines)), strictlySorted, JSON.stringify(lines));
      assert.equal(accepts(() => stored(lines)), strictlySorted, `stored: ${JSON.stringify(lines)}`);
    }
  });
});
