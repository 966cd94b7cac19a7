import { checkOncePerBlock } from './checkOncePerBlock';

/**
 * Sorted, unique strings (index terms, vocabulary words) kept as one newline-joined text and sliced out on
 * demand. Loading 100,000 words then costs one decode and one scan for newlines instead of 100,000 strings
 * for the garbage collector to copy, and lookups compare in place.
 */
export class SortedLines {
  /** Where each line starts in `text`, plus one past the end (text.length + 1). */
  private readonly starts: Uint32Array;
  /** In lazy mode, checks the block of line i against the lines before each, the first time a lookup reaches it. */
  private readonly check: (i: number) => void;

  /**
   * @param text the lines joined with '\n'; lines never contain a newline
   * @param count how many lines the text holds (the text alone cannot tell no lines from one empty line)
   * @param what what the lines are, for the error when the text does not fit
   * @param lazy check the order a block of lines at a time, when a lookup first reaches the block, and throw
   *   what this makes there, instead of checking every line now (a 300,000-paper index has 1.3 million lines
   *   to compare at each load, 60 ms of it)
   */
  constructor(
    readonly text: string,
    count: number,
    what = 'lines',
    lazy?: (what: string) => Error,
  ) {
    this.starts = new Uint32Array(count + 1);
    let found = 0;
    for (let at = text.indexOf('\n'); at >= 0 && found < count; at = text.indexOf('\n', at + 1)) this.starts[++found] = at + 1;
    this.starts[count] = text.length + 1;
    if (count === 0 ? text !== '' : found !== count - 1) throw new Error(`${what} do not number ${count}`);
    const problem = `${what} are not sorted and unique`;
    if (lazy === undefined) {
      this.checkLines(1, count, () => new Error(problem));
      this.check = () => undefined;
    } else this.check = checkOncePerBlock(count, (from, to) => this.checkLines(Math.max(1, from), to, () => lazy(problem)));
  }

  static of(lines: readonly string[]): SortedLines {
    return new SortedLines(lines.join('\n'), lines.length);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    this.check(i);
    return this.text.slice(this.starts[i], this.starts[i + 1]! - 1);
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** The line's number, or -1. */
  indexOf(key: string): number {
    const at = this.lowerBound(key);
    return at < this.length && this.compare(at, key) === 0 ? at : -1;
  }

  /** Number of the first line not less than `key` (in code-unit order, as `<` on strings). */
  lowerBound(key: string, from = 0): number {
    let low = from;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(middle, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Number of the first line from `from` on that neither starts with `prefix` nor sorts before it. */
  endOfPrefix(prefix: string, from = 0): number {
    let low = from;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.startsWith(middle, prefix) || this.compare(middle, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  startsWith(i: number, prefix: string): boolean {
    this.check(i);
    const start = this.starts[i]!;
    return start + prefix.length < this.starts[i + 1]! && this.text.startsWith(prefix, start);
  }

  /** Line i compared with `key`: negative, zero or positive. */
  private compare(i: number, key: string): number {
    this.check(i);
    return compareRange(this.text, this.starts[i]!, this.starts[i + 1]! - 1, key, 0, key.length);
  }

  /** Throws what `unsorted` makes unless each line from `from` to `to` (exclusive) sorts after the line before it. */
  private checkLines(from: number, to: number, unsorted: () => Error): void {
    const starts = this.starts;
    for (let i = from; i < to; i++) if (compareRange(this.text, starts[i - 1]!, starts[i]! - 1, this.text, starts[i]!, starts[i + 1]! - 1) >= 0) throw unsorted();
  }
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
