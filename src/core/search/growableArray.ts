/**
 * Bytes per chunk when not told: 256 kB. Arrays that grow to hundreds of MB and are then let go use chunks of
 * LARGE_CHUNK_BYTES instead.
 */
const CHUNK_BYTES = 1 << 18;
/**
 * 32 MB: at least glibc's largest threshold for mapping a block on its own, so that freeing the block gives its
 * memory back to the system; smaller blocks come from the heap, and once freed they are holes the process keeps
 * (120 MB of resident memory more at 100,000 papers). Pages never written are not resident, so a small array
 * costs no more.
 */
export const LARGE_CHUNK_BYTES = 1 << 25;

/**
 * A typed array that grows as needed, kept in fixed-size chunks: growing never copies and never holds twice
 * the values (with 300,000 papers the index entries number tens of millions); reads past the end give 0.
 * Values are stored as the chunks' type stores them: a Uint8 array keeps the low 8 bits.
 */
export class GrowableArray {
  private readonly chunks: (Uint32Array | Uint8Array)[] = [];
  private readonly chunkBits: number;
  private readonly chunkMask: number;
  length = 0;

  constructor(
    private readonly bytesPerValue: 1 | 4 = 4,
    chunkBytes = CHUNK_BYTES,
  ) {
    this.chunkBits = Math.log2(chunkBytes / bytesPerValue);
    if (!Number.isInteger(this.chunkBits)) throw new Error('chunk bytes must be a power of two');
    this.chunkMask = (1 << this.chunkBits) - 1;
  }

  get(at: number): number {
    return at < this.length ? this.chunks[at >>> this.chunkBits]![at & this.chunkMask]! : 0;
  }

  set(at: number, value: number): void {
    while (this.chunks.length <= at >>> this.chunkBits) this.chunks.push(this.bytesPerValue === 1 ? new Uint8Array(this.chunkMask + 1) : new Uint32Array(this.chunkMask + 1));
    this.chunks[at >>> this.chunkBits]![at & this.chunkMask] = value;
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
    const size = this.chunkMask + 1;
    this.chunks.forEach((chunk, i) => values.set(chunk.subarray(0, Math.min(size, this.length - i * size)), i * size));
    return values;
  }
}
