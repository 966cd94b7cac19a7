/**
 * Bytes read by range when needed: held in memory, or read from an index file and checked on the way
 * (see checkedIndexFile). Synchronous, because a search is: it reads postings and papers as it goes.
 */
export interface ByteSource {
  readonly length: number;
  /** The bytes [start, end); throws when they cannot be read or fail their check. */
  read(start: number, end: number): Uint8Array;
}

/** Bytes already in memory. */
export function memoryBytes(bytes: Uint8Array): ByteSource {
  // Typed arrays need 4-byte alignment; a file read into a shared pool may start anywhere.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return { length: aligned.length, read: (start, end) => aligned.subarray(start, end) };
}

/** The range [offset, offset + length) of `source`, numbered from 0. */
export function byteRange(source: ByteSource, offset: number, length: number): ByteSource {
  return {
    length,
    read: (start, end) => {
      if (start < 0 || end > length || start > end) throw new RangeError(`bytes ${start}..${end} are outside a range of ${length}`);
      return source.read(offset + start, offset + end);
    },
  };
}
