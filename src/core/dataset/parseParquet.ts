import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parquetReadObjects } from 'hyparquet';
import type { Compressors } from 'hyparquet';
import type { Translate } from '../translate';
import type { RawRows } from './rawRow';
import { errorText } from '../errorText';

// hyparquet decodes snappy itself; these cover the other codecs Node can undo without extra packages.
const COMPRESSORS: Compressors = {
  GZIP: (input) => gunzipSync(input),
  BROTLI: (input) => brotliDecompressSync(input),
};

/** Reads every row of a Parquet file as an object keyed by column name; a row's line is its index + 1. */
export async function parseParquet(bytes: Uint8Array, file: string, t: Translate): Promise<RawRows> {
  const buffer = new Uint8Array(bytes).buffer;
  try {
    const objects = await parquetReadObjects({ file: buffer, compressors: COMPRESSORS });
    return { rows: objects.map((value, index) => ({ line: index + 1, value })), problems: [] };
  } catch (error) {
    const reason = errorText(error);
    const message = /compression/i.test(reason)
      ? t('cannot read Parquet file ({0}); save it with snappy or gzip compression', reason)
      : t('cannot read Parquet file ({0})', reason);
    return { rows: [], problems: [{ file, line: 0, message }] };
  }
}
