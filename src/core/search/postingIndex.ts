import type { ByteSource } from './byteSource';
import type { SortedLines } from './sortedLines';

/** The indexed fields in the order of their bit in a posting's field mask. */
export const INDEX_FIELDS = ['title', 'abstract', 'authors', 'keywords'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];
export const FIELD_COUNT = INDEX_FIELDS.length;
/** Mask with every field's bit set. */
export const ALL_FIELDS = (1 << FIELD_COUNT) - 1;
/** Mask of the title field. */
export const TITLE_FIELD = 1;

/** lunr rounds every term weight to three decimals, so weights are stored exactly as integers. */
export const WEIGHT_SCALE = 1000;
/** Decoded postings kept for the next keystrokes; bounded by entries so the cache stays under ~20 MB. */
const CACHE_ENTRIES = 2_000_000;

/** The documents of one term: ascending document numbers, which fields hold the term, and lunr's weight there. */
export interface Posting {
  readonly docs: Uint32Array;
  /** Field bits of each document. */
  readonly masks: Uint8Array;
  /**
   * lunr's BM25 weights times WEIGHT_SCALE, packed: for each document in turn, one per field bit of its mask,
   * in field order. Packed, a common word's posting at 100,000 papers is a fifth of the memory to allocate.
   */
  readonly weights: Uint32Array;
}

const EMPTY_POSTING: Posting = { docs: new Uint32Array(0), masks: new Uint8Array(0), weights: new Uint32Array(0) };

/**
 * lunr's index in compact form: the same terms and the same per-field BM25 weights lunr computed at
 * build time, but as one byte array of varint postings decoded only when a query touches a term.
 * Loading costs no JSON parse, no object per posting and no token set.
 */
export class PostingIndex {
  private readonly cache = new Map<number, Posting>();
  private cachedEntries = 0;

  /**
   * @param terms the index terms
   * @param offsets byte offset of each term's posting in `bytes`, plus the end
   * @param bytes the encoded postings, read a term's posting at a time (a loaded index reads them from its file)
   * @param docCount number of documents; every posting's documents are below it
   * @param termFields the field bits of each term: the fields any document holds it in
   */
  constructor(
    readonly terms: SortedLines,
    readonly offsets: Uint32Array,
    readonly bytes: ByteSource,
    readonly docCount: number,
    readonly termFields: Uint8Array,
  ) {
    if (offsets.length !== terms.length + 1 || offsets[0] !== 0 || offsets[terms.length] !== bytes.length) throw new Error('posting offsets do not fit the postings');
    if (termFields.length !== terms.length) throw new Error('term fields do not fit the terms');
    for (let i = 0; i < terms.length; i++) if (offsets[i]! > offsets[i + 1]!) throw new Error('posting offsets are not ascending');
  }

  /** The term's number, or -1 when no document contains it. */
  termId(term: string): number {
    return this.terms.indexOf(term);
  }

  /** Number of documents containing the term in any field. */
  documentFrequency(termId: number): number {
    const start = this.offsets[termId];
    const end = this.offsets[termId + 1];
    if (start === undefined || end === undefined || start >= end) return 0;
    // The count leads the posting: its first bytes are enough.
    const head = this.bytes.read(start, Math.min(end, start + 7));
    return readVarint(head, 0, head.length).value;
  }

  /**
   * The term's documents. A posting that decodes badly yields the documents before the damage instead of
   * throwing; bytes that fail their checksum throw when read (see checkedIndexFile), before any result uses them.
   */
  posting(termId: number): Posting {
    const cached = this.cache.get(termId);
    if (cached) {
      // Re-inserting keeps the map in least-recently-used order.
      this.cache.delete(termId);
      this.cache.set(termId, cached);
      return cached;
    }
    const posting = this.decode(termId);
    this.cache.set(termId, posting);
    this.cachedEntries += posting.docs.length;
    for (const [oldest, old] of this.cache) {
      if (this.cachedEntries <= CACHE_ENTRIES || oldest === termId) break;
      this.cache.delete(oldest);
      this.cachedEntries -= old.docs.length;
    }
    return posting;
  }

  private decode(termId: number): Posting {
    const start = this.offsets[termId];
    const end = this.offsets[termId + 1];
    if (start === undefined || end === undefined || start >= end) return EMPTY_POSTING;
    const bytes = this.bytes.read(start, end);
    const head = readVarint(bytes, 0, bytes.length);
    const count = Math.min(head.value, bytes.length);
    const docs = new Uint32Array(count);
    const masks = new Uint8Array(count);
    // Every weight takes at least a byte of the posting.
    const weights = new Uint32Array(Math.min(count * FIELD_COUNT, bytes.length));
    let at = head.next;
    let doc = 0;
    let decoded = 0;
    let weighted = 0;
    let weightsOfDoc = 0;
    // Varints read inline: this loop runs once per posting entry, up to a million times for a common word.
    decoding: while (decoded < count) {
      let entry = 0;
      let scale = 1;
      for (;;) {
        if (at >= bytes.length || scale > 2 ** 42) break decoding;
        const byte = bytes[at++]!;
        entry += (byte & 0x7f) * scale;
        if (byte < 0x80) break;
        scale *= 0x80;
      }
      const mask = entry % (1 << FIELD_COUNT);
      doc += (entry - mask) / (1 << FIELD_COUNT);
      if (mask === 0 || doc >= this.docCount || (decoded > 0 && doc <= docs[decoded - 1]!)) break;
      weightsOfDoc = 0;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if ((mask & (1 << field)) === 0) continue;
        if (weighted + weightsOfDoc >= weights.length) break decoding;
        let weight = 0;
        let weightScale = 1;
        for (;;) {
          if (at >= bytes.length || weightScale > 2 ** 42) break decoding;
          const byte = bytes[at++]!;
          weight += (byte & 0x7f) * weightScale;
          if (byte < 0x80) break;
          weightScale *= 0x80;
        }
        weights[weighted + weightsOfDoc++] = weight;
      }
      weighted += weightsOfDoc;
      docs[decoded] = doc;
      masks[decoded] = mask;
      decoded++;
    }
    return { docs: docs.subarray(0, decoded), masks: masks.subarray(0, decoded), weights: weights.subarray(0, weighted) };
  }
}

/** Reads an unsigned LEB128 number; `next` is -1 when it runs past `end` or is too long. */
function readVarint(bytes: Uint8Array, start: number, end: number): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  for (let at = start; at < end && at < start + 7; at++) {
    const byte = bytes[at]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: at + 1 };
    scale *= 0x80;
  }
  return { value: 0, next: -1 };
}
