import { formatFromExtension } from './datasetFormat';
import { decodeText } from './decodeText';
import { papersFromRows } from './papersFromRows';
import type { ParsedDataset } from './parsedDataset';
import { parseParquet } from './parseParquet';
import { readTextRows } from './readTextRows';
import { english } from '../translate';
import type { Translate } from '../translate';

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** Reads a dataset file's bytes: Parquet by extension or magic number, else text decoded as UTF-8 and read like parseDataset. */
export async function parseDatasetBytes(bytes: Uint8Array, file: string, t: Translate = english): Promise<ParsedDataset> {
  if (formatFromExtension(file) === 'parquet' || PARQUET_MAGIC.every((byte, i) => bytes[i] === byte)) {
    return papersFromRows(await parseParquet(bytes, file, t), file, t);
  }
  const { text, problems: decodeProblems } = decodeText(bytes, file, t);
  const { rows, problems } = readTextRows(text, file, undefined, t);
  return papersFromRows({ rows, problems: [...decodeProblems, ...problems] }, file, t);
}
