/** Lines per block: a lookup decodes one block, about ten kilobytes of words. */
export const LINES_PER_BLOCK = 1024;

/** One block's lines: its text, the lines joined by '\n', and where each line starts in it, plus one past the end. */
export interface LineBlock {
  readonly text: string;
  readonly starts: Uint32Array;
}

/** Lines as an index file stores them: their UTF-8 joined by '\n', and the byte where each block of lines starts. */
export interface EncodedLines {
  readonly text: Uint8Array;
  readonly blockStarts: Uint32Array;
}

/**
 * Lines (index terms, vocabulary words, first authors' family names) held as blocks of LINES_PER_BLOCK
 * lines, each decoded when first read. A 300,000-paper index has 1.3 million such lines: decoding them all
 * and finding where each starts took 50 ms of every load, and a search reads a few blocks.
 */
export class LineBlocks {
  readonly blockCount: number;
  private readonly decoded: (LineBlock | undefined)[];

  /**
   * @param count how many lines there are
   * @param readBlock block b's lines joined by '\n'
   * @param refuse what a block that does not hold its lines throws, given the problem
   * @param check runs on each block when it is first decoded, and throws to refuse it
   */
  constructor(
    readonly count: number,
    private readonly readBlock: (block: number) => string,
    private readonly refuse: (problem: string) => Error,
    private readonly check?: (block: number, lines: LineBlock) => void,
  ) {
    this.blockCount = Math.ceil(count / LINES_PER_BLOCK);
    this.decoded = new Array<LineBlock | undefined>(this.blockCount);
  }

  /** Lines already in memory, a block's text joined now (the array itself is not kept). */
  static of(lines: readonly string[]): LineBlocks {
    // Joined in another function: a closure here that read `lines` would keep the array (1.3 million strings
    // at 300,000 papers, and the texts they were cut from) alive as long as the blocks.
    const texts = joinedBlocks(lines);
    return new LineBlocks(lines.length, (block) => texts[block]!, (problem) => new Error(problem));
  }

  /** Lines stored as `encode` wrote them: each block's bytes read and decoded when first needed. */
  static stored(count: number, blockStarts: Uint32Array, read: (start: number, end: number) => Uint8Array, length: number, refuse: (problem: string) => Error, check?: (block: number, lines: LineBlock) => void): LineBlocks {
    const blocks = Math.ceil(count / LINES_PER_BLOCK);
    if (blockStarts.length !== blocks || (blocks > 0 && blockStarts[0] !== 0)) throw new Error('line blocks do not fit the lines');
    for (let block = 1; block < blocks; block++) if (blockStarts[block]! <= blockStarts[block - 1]!) throw new Error('line blocks are not ascending');
    if (blocks > 0 && blockStarts[blocks - 1]! > length) throw new Error('line blocks do not fit the text');
    const decoder = new TextDecoder('utf-8');
    // A block's text ends just before the next block's first byte, the newline between them left out.
    return new LineBlocks(count, (block) => decoder.decode(read(blockStarts[block]!, block + 1 < blocks ? blockStarts[block + 1]! - 1 : length)), refuse, check);
  }

  /** Block b's lines, decoded and checked the first time. */
  block(b: number): LineBlock {
    let lines = this.decoded[b];
    if (lines === undefined) {
      const text = this.readBlock(b);
      const expected = Math.min(LINES_PER_BLOCK, this.count - b * LINES_PER_BLOCK);
      const starts = new Uint32Array(expected + 1);
      let found = 0;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        if (++found >= expected) throw this.refuse(`block ${b} holds more than ${expected} lines`);
        starts[found] = at + 1;
      }
      if (found !== expected - 1) throw this.refuse(`block ${b} holds ${found + 1} lines, not ${expected}`);
      starts[expected] = text.length + 1;
      lines = { text, starts };
      this.check?.(b, lines);
      this.decoded[b] = lines;
    }
    return lines;
  }

  /** Line i (below count). */
  at(i: number): string {
    const { text, starts } = this.block(Math.floor(i / LINES_PER_BLOCK));
    const k = i % LINES_PER_BLOCK;
    return text.slice(starts[k], starts[k + 1]! - 1);
  }

  /** The lines as an index file stores them. */
  encode(): EncodedLines {
    const encoder = new TextEncoder();
    const pieces: Uint8Array[] = [];
    const blockStarts = new Uint32Array(this.blockCount);
    let size = 0;
    for (let block = 0; block < this.blockCount; block++) {
      blockStarts[block] = size;
      const piece = encoder.encode(block + 1 < this.blockCount ? `${this.block(block).text}\n` : this.block(block).text);
      pieces.push(piece);
      size += piece.length;
    }
    const text = new Uint8Array(size);
    let at = 0;
    for (const piece of pieces) {
      text.set(piece, at);
      at += piece.length;
    }
    return { text, blockStarts };
  }
}

function joinedBlocks(lines: readonly string[]): string[] {
  const texts: string[] = [];
  for (let start = 0; start < lines.length; start += LINES_PER_BLOCK) texts.push(lines.slice(start, start + LINES_PER_BLOCK).join('\n'));
  return texts;
}
