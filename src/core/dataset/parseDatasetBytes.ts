import { english } from '../translate';
import type { Translate } from '../translate';
import type { ParsedDataset } from './parsedDataset';
import { parseDatasetStream } from './parseDatasetStream';

/** Reads a dataset file already in memory: see parseDatasetStream, which reads it in slices. */
export async function parseDatasetBytes(bytes: Uint8Array, file: string, t: Translate = english): Promise<ParsedDataset> {
  return parseDatasetStream(slices(bytes), file, { translate: t });
}

/** 1 MB at a time, like a file read from disk, so lines and characters are cut across chunks as they would be. */
// eslint-disable-next-line @typescript-eslint/require-await -- an AsyncIterable of bytes already in memory, shaped like a file stream
async function* slices(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += 2 ** 20) yield bytes.subarray(start, start + 2 ** 20);
}
