import { crc32 } from 'node:zlib';
import type { ByteSource } from './byteSource';

/**
 * Bytes per checksummed block of an index file. A read checks the blocks it touches, so what a search never
 * reads is never hashed; small enough that showing one abstract checks 64 KiB, not the file's 390 MB of them.
 */
export const INDEX_BLOCK_BYTES = 1 << 16;

/**
 * CRC-32 of each INDEX_BLOCK_BYTES block of the bytes given in pieces, the last block possibly shorter. The
 * threat is a damaged disk or an interrupted copy, not tampering: CRC-32 catches every burst of up to 32
 * flipped bits and runs at several GB/s (SHA-256 at about a third of that).
 */
export function blockChecksums(pieces: Iterable<Uint8Array>): Uint32Array {
  const checksums: number[] = [];
  let crc = 0;
  let filled = 0;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; ) {
      const take = Math.min(INDEX_BLOCK_BYTES - filled, piece.length - at);
      crc = crc32(piece.subarray(at, at + take), crc);
      filled += take;
      at += take;
      if (filled === INDEX_BLOCK_BYTES) {
        checksums.push(crc);
        crc = 0;
        filled = 0;
      }
    }
  }
  if (filled > 0) checksums.push(crc);
  return Uint32Array.from(checksums);
}

/**
 * An index file whose bytes differ from what its manifest records (a block's checksum, the file's size):
 * found at load, or after it when a search first reads the damaged part.
 */
export class DamagedIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedIndexError';
  }
}

/** Checked blocks kept for the reads that follow (4 MiB): the next words, names or papers are often in the same block. */
const KEPT_BLOCKS = 64;

/**
 * The file's bytes, each read checked block by block against `checksums` before it is returned; a block that
 * differs (or a read that comes back short) throws the Error `damaged` makes. The last blocks read alone are
 * kept as checked: a search reads thousands of small ranges (words, names, postings of rare terms), and
 * reading and checking a whole block for each took more time than the search.
 */
export function checkedIndexFile(file: ByteSource, checksums: Uint32Array, damaged: (what: string) => Error): ByteSource {
  const kept = new Map<number, Uint8Array>();
  return {
    length: file.length,
    read: (start, end) => {
      const first = Math.floor(start / INDEX_BLOCK_BYTES);
      const from = first * INDEX_BLOCK_BYTES;
      const to = Math.min(Math.ceil(end / INDEX_BLOCK_BYTES) * INDEX_BLOCK_BYTES, file.length);
      if (start < 0 || end > file.length || start > end) throw new RangeError(`bytes ${start}..${end} are outside the index file`);
      if (start === end) return new Uint8Array(0);
      const single = to - from <= INDEX_BLOCK_BYTES;
      const known = single ? kept.get(first) : undefined;
      if (known !== undefined) return known.subarray(start - from, end - from);
      const bytes = file.read(from, to);
      if (bytes.length !== to - from) throw damaged(`reading bytes ${from}..${to} gave ${bytes.length}`);
      for (let at = 0; at < bytes.length; at += INDEX_BLOCK_BYTES) {
        const block = first + at / INDEX_BLOCK_BYTES;
        if (crc32(bytes.subarray(at, at + INDEX_BLOCK_BYTES)) !== checksums[block]) throw damaged(`block ${block} fails its checksum`);
      }
      if (single) {
        kept.set(first, bytes);
        // Maps keep insertion order: the first key is the block kept longest.
        if (kept.size > KEPT_BLOCKS) kept.delete(kept.keys().next().value!);
      }
      return bytes.subarray(start - from, end - from);
    },
  };
}
