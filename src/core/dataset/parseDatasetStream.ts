import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { english } from '../translate';
import type { Translate } from '../translate';
import { formatFromContent, formatFromExtension } from './datasetFormat';
import type { ParsedDataset } from './parsedDataset';
import { DatasetCollector, papersFromRows } from './papersFromRows';
import { parseCsvLines } from './parseCsv';
import { parseJsonArray } from './parseJsonArray';
import { jsonlRow } from './parseJsonl';
import { parseParquet } from './parseParquet';
import { textLines } from './textLines';
import type { TextLine } from './textLines';
import { errorText } from '../errorText';

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const GZIP_MAGIC = [0x1f, 0x8b];
/** A JSON array is parsed whole, so it must fit in one JavaScript string (V8's limit is just under 512 MiB). */
export const MAX_JSON_ARRAY_CHARS = 500 * 2 ** 20;

export interface StreamOptions {
  readonly translate?: Translate;
  /** Called now and then with the number of papers read so far, for progress. */
  readonly onPapers?: (papers: number) => void;
}

/**
 * Reads a dataset file from its bytes as they arrive, so a file of hundreds of megabytes is never one string
 * and each row becomes a paper as soon as it is read. gzip is unpacked on the way; Parquet (by extension or
 * magic number) is read whole, as its format needs; JSON Lines and CSV (by extension, else by the first
 * character) are read line by line; a JSON array is read whole up to MAX_JSON_ARRAY_CHARS. Never throws on
 * bad data: problems name the file and line.
 */
export async function parseDatasetStream(source: AsyncIterable<Uint8Array>, file: string, options: StreamOptions = {}): Promise<ParsedDataset> {
  const t = options.translate ?? english;
  const collector = new DatasetCollector(file, t);
  try {
    let bytes = await peekBytes(source, 4);
    if (startsWith(bytes.head, GZIP_MAGIC)) bytes = await peekBytes(gunzip(bytes.all), 4);
    if (formatFromExtension(file) === 'parquet' || startsWith(bytes.head, PARQUET_MAGIC)) {
      return papersFromRows(await parseParquet(await collect(bytes.all), file, t), file, t);
    }
    const lines = await peekLines(textLines(bytes.all, file, t, (problem) => collector.problem(problem)));
    const fromName = formatFromExtension(file);
    const format = fromName === undefined || fromName === 'parquet' ? formatFromContent(lines.firstText) : fromName;
    let papers = 0;
    const row = (line: number, value: unknown): void => {
      collector.row(line, value);
      if (++papers % 10_000 === 0) options.onPapers?.(collector.papersSoFar);
    };
    switch (format) {
      case 'jsonl':
        for await (const { line, text } of lines.all) {
          const read = jsonlRow(line, text, file, t);
          if (read === undefined) continue;
          if ('value' in read) row(read.line, read.value);
          else collector.problem(read);
        }
        break;
      case 'csv':
        for (const problem of await parseCsvLines(texts(lines.all), file, t, (read) => row(read.line, read.value))) collector.problem(problem);
        break;
      case 'json': {
        const text = await joinedText(lines.all);
        if (text === undefined) {
          collector.problem({ file, line: 0, message: t('a JSON array this large (over {0} MB) cannot be read at once; write it as JSON Lines, one paper per line', MAX_JSON_ARRAY_CHARS / 2 ** 20) });
          break;
        }
        const read = parseJsonArray(text, file, t);
        for (const problem of read.problems) collector.problem(problem);
        for (const { line, value } of read.rows) row(line, value);
        break;
      }
    }
  } catch (error) {
    // Only the file itself can fail here (unreadable, or not the gzip it claims to be); rows never throw.
    collector.problem({ file, line: 0, message: t('the file could not be read to the end ({0})', errorText(error)) });
  }
  return collector.finish();
}

/** The first `count` bytes, and every byte (those included) as a stream again. */
async function peekBytes(source: AsyncIterable<Uint8Array>, count: number): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < count && !done) {
    const next = await iterator.next();
    if (next.done === true) done = true;
    else {
      taken.push(next.value);
      length += next.value.length;
    }
  }
  const head = Buffer.concat(taken).subarray(0, count);
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (done) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { head, all: all() };
}

/** The blank lines before the first text, the text of that first line, and every line again. */
async function peekLines(lines: AsyncGenerator<TextLine>): Promise<{ firstText: string; all: AsyncIterable<TextLine> }> {
  const taken: TextLine[] = [];
  let next = await lines.next();
  while (next.done !== true) {
    taken.push(next.value);
    if (next.value.text.trim() !== '') break;
    next = await lines.next();
  }
  async function* all(): AsyncGenerator<TextLine> {
    yield* taken;
    yield* lines;
  }
  return { firstText: taken.at(-1)?.text ?? '', all: all() };
}

async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of Readable.from(chunks).pipe(createGunzip())) yield chunk as Uint8Array;
}

async function* texts(lines: AsyncIterable<TextLine>): AsyncGenerator<string> {
  for await (const { text } of lines) yield text;
}

/** The lines joined, or undefined past MAX_JSON_ARRAY_CHARS (the rest is still read, to end the stream cleanly). */
async function joinedText(lines: AsyncIterable<TextLine>): Promise<string | undefined> {
  const parts: string[] = [];
  let length = 0;
  for await (const { text } of lines) {
    length += text.length + 1;
    if (length <= MAX_JSON_ARRAY_CHARS) parts.push(text);
  }
  return length > MAX_JSON_ARRAY_CHARS ? undefined : parts.join('\n');
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
