import { memoryBytes } from './byteSource';
import { LARGE_CHUNK_BYTES } from './growableArray';
import { FIELD_COUNT, PostingIndex } from './postingIndex';
import type { SortedLines } from './sortedLines';

/** A varint of a number below 2^53 takes at most 8 bytes; a chunk holds at least one. */
const MAX_VARINT_BYTES = 8;

/**
 * Encodes a PostingIndex term by term, in term order, so that a builder needs only the entries of the terms it
 * is writing rather than of all terms at once. The bytes are kept in chunks while writing and joined once at
 * the end: growing one buffer by doubling held up to twice the postings, and a copy besides.
 */
export class PostingWriter {
  private readonly offsets: Uint32Array;
  private readonly termFields: Uint8Array;
  private readonly chunks: Uint8Array[] = [];
  private chunk: Uint8Array;
  private used = 0;
  private written = 0;
  private nextTerm = 0;

  /** @param chunkBytes bytes per chunk; large, so that the chunks' memory goes back once they are joined */
  constructor(
    private readonly termCount: number,
    private readonly chunkBytes = LARGE_CHUNK_BYTES,
  ) {
    if (chunkBytes < MAX_VARINT_BYTES) throw new Error('posting chunks too small');
    this.offsets = new Uint32Array(termCount + 1);
    this.termFields = new Uint8Array(termCount);
    this.chunk = new Uint8Array(chunkBytes);
  }

  /**
   * Appends the posting of the next term: its entries are `docFields[from]` to `docFields[to - 1]`, each a
   * `doc * FIELD_COUNT + field` in ascending order, with lunr's weight there times WEIGHT_SCALE in `weights`.
   */
  add(docFields: Uint32Array, weights: Uint32Array, from: number, to: number): void {
    const term = this.nextTerm++;
    if (term >= this.termCount) throw new Error('more postings than terms');
    this.offsets[term] = this.length;
    let docs = 0;
    let fields = 0;
    for (let at = from, previous = -1; at < to; at++) {
      const doc = Math.floor(docFields[at]! / FIELD_COUNT);
      if (doc !== previous) docs++;
      previous = doc;
      fields |= 1 << docFields[at]! % FIELD_COUNT;
    }
    this.termFields[term] = fields;
    this.varint(docs);
    let previous = 0;
    for (let at = from; at < to; ) {
      const doc = Math.floor(docFields[at]! / FIELD_COUNT);
      let mask = 0;
      for (let next = at; next < to && Math.floor(docFields[next]! / FIELD_COUNT) === doc; next++) mask |= 1 << docFields[next]! % FIELD_COUNT;
      this.varint((doc - previous) * (1 << FIELD_COUNT) + mask);
      previous = doc;
      for (; at < to && Math.floor(docFields[at]! / FIELD_COUNT) === doc; at++) this.varint(weights[at]!);
    }
  }

  /** The index of the postings written, one for each of `terms`. */
  finish(terms: SortedLines, docCount: number): PostingIndex {
    if (this.nextTerm !== this.termCount || terms.length !== this.termCount) throw new Error('postings do not fit the terms');
    this.offsets[this.termCount] = this.length;
    const bytes = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of [...this.chunks, this.chunk.subarray(0, this.used)]) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return new PostingIndex(terms, this.offsets, memoryBytes(bytes), docCount, this.termFields);
  }

  private get length(): number {
    return this.written + this.used;
  }

  private varint(value: number): void {
    if (this.used + MAX_VARINT_BYTES > this.chunk.length) {
      this.chunks.push(this.chunk.subarray(0, this.used));
      this.written += this.used;
      this.chunk = new Uint8Array(this.chunkBytes);
      this.used = 0;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.chunk[this.used++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.chunk[this.used++] = rest;
  }
}
