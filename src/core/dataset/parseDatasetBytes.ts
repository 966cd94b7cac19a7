import { gunzipSync } from 'node:zlib';
import { formatFromExtension } from './datasetFormat';
import { decodeText } from './decodeText';
import { papersFromRows } from './papersFromRows';
import type { ParsedDataset } from './parsedDataset';
import { parseParquet } from './parseParquet';
import { readTextRows } from './readTextRows';
import { english } from '../translate';
import type { Translate } from '../translate';

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const GZIP_MAGIC = [0x1f, 0x8b];
/** A gzipped dataset may not expand past what a JavaScript string can hold (V8's limit is just under 512 MiB). */
export const MAX_DECOMPRESSED_BYTES = 500 * 1024 * 1024;

/**
 * Reads a dataset file's bytes: gzip is unpacked first (the bundled corpus is `.jsonl.gz`); then Parquet by
 * extension or magic number, else text decoded as UTF-8 and read like parseDataset.
 */
export async function parseDatasetBytes(compressed: Uint8Array, file: string, t: Translate = english): Promise<ParsedDataset> {
  let bytes = compressed;
  if (GZIP_MAGIC.every((byte, i) => compressed[i] === byte)) {
    try {
      bytes = gunzipSync(compressed, { maxOutputLength: MAX_DECOMPRESSED_BYTES });
    } catch (error) {
      const tooBig = (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
      const message = tooBig
        ? t('the file unpacks to more than {0} MB, more than Paper Lookup can read at once; split it into several files', MAX_DECOMPRESSED_BYTES / 1024 / 1024)
        : t('the file looks gzip-compressed but cannot be unpacked ({0})', error instanceof Error ? error.message : String(error));
      return { papers: [], sources: [], problems: [{ file, line: 0, message }], duplicates: 0 };
    }
  }
  if (formatFromExtension(file) === 'parquet' || PARQUET_MAGIC.every((byte, i) => bytes[i] === byte)) {
    return papersFromRows(await parseParquet(bytes, file, t), file, t);
  }
  const { text, problems: decodeProblems } = decodeText(bytes, file, t);
  const { rows, problems } = readTextRows(text, file, undefined, t);
  return papersFromRows({ rows, problems: [...decodeProblems, ...problems] }, file, t);
}
