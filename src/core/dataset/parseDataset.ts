import type { TextFormat } from './datasetFormat';
import { papersFromRows } from './papersFromRows';
import type { ParsedDataset } from './parsedDataset';
import { readTextRows } from './readTextRows';
import { english } from '../translate';
import type { Translate } from '../translate';

/**
 * Reads a JSONL, JSON-array or CSV dataset into papers and problems. The format is `format` when given,
 * else the file extension's, else guessed from the content. Never throws on bad data; problems are in the language of `t`.
 */
export function parseDataset(text: string, file: string, format?: TextFormat, t: Translate = english): ParsedDataset {
  return papersFromRows(readTextRows(text, file, format, t), file, t);
}
