/** GrowableArray chunks hold 2^16 values (256 kB of Uint32, 64 kB of Uint8). */
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * A typed array that grows as needed, kept in fixed-size chunks: growing never copies and never holds twice
 * the values (with 300,000 papers the index entries number tens of millions); reads past the end give 0.
 * Values are stored as the chunks' type stores them: a Uint8 array keeps the low 8 bits.
 */
export class GrowableArray {
  private readonly chunks: (Uint32Array | Uint8Array)[] = [];
  length = 0;

  constructor(private readonly bytesPerValue: 1 | 4 = 4) {}

  get(at: number): number {
    return at < this.length ? this.chunks[at >>> CHUNK_BITS]![at & CHUNK_MASK]! : 0;
  }

  set(at: number, value: number): void {
    while (this.chunks.length <= at >>> CHUNK_BITS) this.chunks.push(this.bytesPerValue === 1 ? new Uint8Array(CHUNK_SIZE) : new Uint32Array(CHUNK_SIZE));
    this.chunks[at >>> CHUNK_BITS]![at & CHUNK_MASK] = value;
    if (at >= this.length) this.length = at + 1;
  }

  /** Adds to the value at `at` and returns the sum. */
  add(at: number, amount: number): number {
    const sum = this.get(at) + amount;
    this.set(at, sum);
    return sum;
  }

  push(value: number): void {
    this.set(this.length, value);
  }

  /** The values as an array of their own. */
  array(): Uint32Array {
    const values = new Uint32Array(this.length);
    this.chunks.forEach((chunk, i) => values.set(chunk.subarray(0, Math.min(CHUNK_SIZE, this.length - i * CHUNK_SIZE)), i * CHUNK_SIZE));
    return values;
  }
}
