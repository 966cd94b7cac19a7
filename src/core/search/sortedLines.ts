import { LineBlocks, LINES_PER_BLOCK } from './lineBlocks';
import type { EncodedLines, LineBlock } from './lineBlocks';

/** Sorted lines as an index file stores them: the lines, and the first line of each block joined by '\n'. */
export interface EncodedSortedLines extends EncodedLines {
  readonly blockKeys: string;
}

/**
 * Sorted, unique strings (index terms, vocabulary words) in blocks of lines (see LineBlocks), with the first
 * line of each block at hand: a lookup finds its block among those first lines, then decodes that block alone,
 * comparing in place. Order is code-unit order, as `<` compares strings (and lunr sorts terms).
 */
export class SortedLines {
  private constructor(
    private readonly lines: LineBlocks,
    private readonly keys: readonly string[],
  ) {}

  /** Lines in memory; throws when they are not sorted and unique. */
  static of(lines: readonly string[], what = 'lines'): SortedLines {
    for (let i = 1; i < lines.length; i++) if (!(lines[i - 1]! < lines[i]!)) throw new Error(`${what} are not sorted and unique`);
    const keys = Array.from({ length: Math.ceil(lines.length / LINES_PER_BLOCK) }, (_, block) => lines[block * LINES_PER_BLOCK]!);
    return new SortedLines(LineBlocks.of(lines), keys);
  }

  /**
   * Lines stored as `encode` wrote them, a block read when a lookup first reaches it. That the first lines of the
   * blocks are sorted is checked now; that a block's lines are sorted and fit between its first line and the
   * next block's, when it is read, throwing what `damaged` makes of the problem.
   */
  static stored(
    count: number,
    encoded: { readonly blockStarts: Uint32Array; readonly blockKeys: string; readonly length: number; readonly read: (start: number, end: number) => Uint8Array },
    what: string,
    damaged: (problem: string) => Error,
  ): SortedLines {
    const blocks = Math.ceil(count / LINES_PER_BLOCK);
    const keys = blocks === 0 ? [] : encoded.blockKeys.split('\n');
    if (keys.length !== blocks) throw new Error(`${what} have ${keys.length} block keys for ${blocks} blocks`);
    for (let block = 1; block < blocks; block++) if (!(keys[block - 1]! < keys[block]!)) throw new Error(`${what} are not sorted and unique`);
    const problem = `${what} are not sorted and unique`;
    const check = (block: number, { text, starts }: LineBlock): void => {
      const last = starts.length - 2;
      const key = keys[block]!;
      const next = keys[block + 1];
      if (compareRange(text, 0, starts[1]! - 1, key, 0, key.length) !== 0) throw damaged(problem);
      if (next !== undefined && compareRange(text, starts[last]!, starts[last + 1]! - 1, next, 0, next.length) >= 0) throw damaged(problem);
      for (let i = 1; i <= last; i++) if (compareRange(text, starts[i - 1]!, starts[i]! - 1, text, starts[i]!, starts[i + 1]! - 1) >= 0) throw damaged(problem);
    };
    return new SortedLines(LineBlocks.stored(count, encoded.blockStarts, encoded.read, encoded.length, (reason) => damaged(`${what}: ${reason}`), check), keys);
  }

  get length(): number {
    return this.lines.count;
  }

  at(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.lines.at(i) : undefined;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.length; i++) yield this.lines.at(i);
  }

  /** The line's number, or -1. */
  indexOf(key: string): number {
    const at = this.lowerBound(key);
    return at < this.length && this.lines.at(at) === key ? at : -1;
  }

  /** Number of the first line not less than `key`, and not before `from`. */
  lowerBound(key: string, from = 0): number {
    return Math.max(from, this.partition((text, start, end) => compareRange(text, start, end, key, 0, key.length) < 0));
  }

  /** Number of the first line from `from` on that neither starts with `prefix` nor sorts before it. */
  endOfPrefix(prefix: string, from = 0): number {
    return Math.max(from, this.partition((text, start, end) => startsWithAt(text, start, end, prefix) || compareRange(text, start, end, prefix, 0, prefix.length) < 0));
  }

  startsWith(i: number, prefix: string): boolean {
    const { text, starts } = this.lines.block(Math.floor(i / LINES_PER_BLOCK));
    const k = i % LINES_PER_BLOCK;
    return startsWithAt(text, starts[k]!, starts[k + 1]! - 1, prefix);
  }

  encode(): EncodedSortedLines {
    return { ...this.lines.encode(), blockKeys: this.keys.join('\n') };
  }

  /**
   * The number of the first line for which `before` (given the line as text[start..end)) is false; it must hold
   * for a leading run of the lines. Searches the blocks' first lines, then one block.
   */
  private partition(before: (text: string, start: number, end: number) => boolean): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const key = this.keys[middle]!;
      if (before(key, 0, key.length)) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return 0;
    const block = low - 1;
    const { text, starts } = this.lines.block(block);
    let first = 1;
    let end = starts.length - 1;
    while (first < end) {
      const middle = (first + end) >>> 1;
      if (before(text, starts[middle]!, starts[middle + 1]! - 1)) first = middle + 1;
      else end = middle;
    }
    return block * LINES_PER_BLOCK + first;
  }
}

/** Whether text[start..end) starts with `prefix`. */
function startsWithAt(text: string, start: number, end: number, prefix: string): boolean {
  return start + prefix.length <= end && text.startsWith(prefix, start);
}

/** a[aFrom..aTo) compared with b[bFrom..bTo) by code unit. */
function compareRange(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const shared = Math.min(aTo - aFrom, bTo - bFrom);
  for (let k = 0; k < shared; k++) {
    const difference = a.charCodeAt(aFrom + k) - b.charCodeAt(bFrom + k);
    if (difference !== 0) return difference;
  }
  return aTo - aFrom - (bTo - bFrom);
}
